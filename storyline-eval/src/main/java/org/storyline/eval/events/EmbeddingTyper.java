package org.storyline.eval.events;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An experiment, not a pipeline stage: event types from sentence embeddings (all-MiniLM-L6-v2,
 * quantised, run in-process by ONNX Runtime through langchain4j; nothing fetched at run time), to
 * measure what embeddings add to the lexicon. Two classifiers:
 *
 * <ul>
 *   <li>nearest type: cosine similarity to the mean embedding of each type's EVENT_TYPES.md
 *       definition and two example sentences written for Storyline (no CASE data);
 *   <li>softmax regression over features, fitted on CASE snippets and therefore only ever scored
 *       by 5-fold cross-validation ({@link #crossValidate}). Hand-written (about 40 lines) because
 *       the project has no machine-learning library and this is all it needs.
 * </ul>
 */
public final class EmbeddingTyper {
  /** Two short examples per type, written for Storyline from the definitions. */
  static final Map<String, String> EXAMPLES = Map.ofEntries(
      Map.entry("ARMED_CLASH", "Government troops and rebels fought for hours near the town. Militants attacked an army checkpoint and soldiers returned fire."),
      Map.entry("GOV_REGAINS_TERIT", "The army recaptured the town from the insurgents. Government forces retook control of the district from rebels."),
      Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", "Rebels seized the town from government forces. Militants took control of the border crossing after the army withdrew under fire."),
      Map.entry("AIR_STRIKE", "Warplanes bombed the village, killing civilians. A drone strike hit a convoy of fighters."),
      Map.entry("ART_MISS_ATTACK", "Artillery shells landed on the city overnight. Rockets and mortars were fired at the base."),
      Map.entry("CHEM_WEAP", "Chlorine gas was used in an attack on the neighbourhood. Victims showed signs of exposure to a nerve agent."),
      Map.entry("SUIC_BOMB", "A suicide bomber blew himself up at the checkpoint. An attacker detonated an explosive vest in the crowded market."),
      Map.entry("REM_EXPLOS", "A roadside bomb exploded as the patrol passed. A car bomb went off outside the ministry."),
      Map.entry("GRENADE", "A grenade was thrown into the crowd, wounding several people. Attackers hurled grenades at the police station."),
      Map.entry("ATTACK", "Gunmen opened fire on villagers, killing several people. Armed men attacked a bus carrying passengers."),
      Map.entry("ABDUCT_DISSAP", "Gunmen kidnapped aid workers on the road. Dozens of students were abducted from their school."),
      Map.entry("SEX_VIOL", "Soldiers were accused of raping women in the village. Survivors reported sexual violence by the militia."),
      Map.entry("PEACE_PROTEST", "Thousands of people marched peacefully through the capital. Protesters rallied outside parliament demanding reforms."),
      Map.entry("PROTEST_WITH_INTER", "Police dispersed the demonstrators with tear gas and water cannon. Officers broke up the sit-in and detained organisers."),
      Map.entry("FORCE_AGAINST_PROTEST", "Security forces fired live ammunition at protesters, killing several. Police beat and shot peaceful demonstrators."),
      Map.entry("VIOL_DEMONSTR", "Rioters threw stones and set cars on fire during the protest. Demonstrators clashed with police and blocked roads."),
      Map.entry("MOB_VIOL", "An angry mob lynched a man accused of theft. A crowd attacked and burned the houses of their neighbours."),
      Map.entry("AGREEMENT", "The warring parties signed a ceasefire agreement. The two sides agreed to exchange prisoners."),
      Map.entry("ARREST", "Police arrested the opposition leader at his home. Security forces detained dozens of activists."),
      Map.entry("CHANGE_TO_GROUP_ACT", "The armed group announced a new leader. Two militias merged to form a new alliance."),
      Map.entry("DISR_WEAP", "Police seized a cache of weapons and ammunition. The bomb squad defused an explosive device found near the road."),
      Map.entry("HQ_ESTABLISHED", "The army set up a new base near the border. The group established its headquarters in the town."),
      Map.entry("NON_VIOL_TERRIT_TRANSFER", "Troops withdrew from the town and handed it over without a fight. The militia pulled out of the area it held."),
      Map.entry("PROPERTY_DISTRUCT", "Shops were looted and houses set on fire. Attackers destroyed crops and burned vehicles."),
      Map.entry("OTHER", "Mass graves were discovered outside the city. Thousands of residents fled the region."),
      Map.entry("DIPLO", "The foreign ministers met for talks on the crisis. The government imposed sanctions and expelled diplomats."),
      Map.entry("ATTRIB", "The group claimed responsibility for the bombing. The government blamed rebels for the attack."),
      Map.entry("ORG_CRIME", "Police broke up a drug trafficking ring. Smugglers were caught moving migrants across the border."),
      Map.entry("NATURAL_DISASTER", "An earthquake struck the region, destroying homes. Floods after heavy rain forced thousands to leave."),
      Map.entry("MAN_MADE_DISASTER", "An explosion at a chemical plant injured workers. A train derailed and a building collapsed."));

  private static final Pattern ROW = Pattern.compile("^\\|[^|]*\\|\\s*`([A-Z_]+)`\\s*\\|([^|]+)\\|", Pattern.MULTILINE);

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final Map<String, float[]> centroids = new LinkedHashMap<>();

  /** @param eventTypes EVENT_TYPES.md, whose table gives each type's definition */
  public EmbeddingTyper(Path eventTypes) throws IOException {
    Matcher m = ROW.matcher(Files.readString(eventTypes, StandardCharsets.UTF_8));
    while (m.find()) {
      String type = m.group(1);
      float[] definition = embed(m.group(2).strip());
      float[] examples = embed(EXAMPLES.getOrDefault(type, ""));
      float[] c = new float[definition.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = definition[i] + examples[i];
      }
      centroids.put(type, normalised(c));
    }
  }

  /** The unit-length embedding of a text (truncated by the model at 256 word pieces). */
  public float[] embed(String text) {
    return normalised(model.embed(text).content().vector());
  }

  /** The type whose centroid is nearest (cosine). */
  public String nearest(float[] v) {
    return nearestOf(v, centroids.keySet());
  }

  /** Among {@code types}, the one whose centroid is nearest. */
  public String nearestOf(float[] v, java.util.Collection<String> types) {
    String best = null;
    double bestSim = -2;
    for (Map.Entry<String, float[]> e : centroids.entrySet()) {
      if (!types.contains(e.getKey())) {
        continue;
      }
      double s = dot(v, e.getValue());
      if (s > bestSim) {
        bestSim = s;
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Predictions for every item by k-fold cross-validation: items are shuffled with a fixed seed,
   * and each fold is predicted by a softmax regression fitted on the other folds.
   */
  public static List<String> crossValidate(List<float[]> features, List<String> labels, int folds, long seed) {
    int n = features.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(seed));
    String[] out = new String[n];
    for (int f = 0; f < folds; f++) {
      List<float[]> x = new ArrayList<>();
      List<String> y = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (k % folds == f) {
          test.add(order.get(k));
        } else {
          x.add(features.get(order.get(k)));
          y.add(labels.get(order.get(k)));
        }
      }
      Softmax model = Softmax.fit(x, y, 1e-4, 400);
      for (int i : test) {
        out[i] = model.predict(features.get(i));
      }
    }
    return List.of(out);
  }

  /** Multinomial logistic regression with L2, fitted by full-batch gradient descent. */
  record Softmax(List<String> classes, double[][] w) {
    static Softmax fit(List<float[]> x, List<String> y, double l2, int epochs) {
      List<String> classes = y.stream().distinct().sorted().toList();
      int d = x.get(0).length + 1;
      double[][] w = new double[classes.size()][d];
      double rate = 8; // unit-length inputs: small gradients, a large step
      for (int epoch = 0; epoch < epochs; epoch++) {
        double[][] grad = new double[classes.size()][d];
        for (int i = 0; i < x.size(); i++) {
          double[] p = probabilities(w, x.get(i));
          int gold = classes.indexOf(y.get(i));
          for (int c = 0; c < classes.size(); c++) {
            double g = p[c] - (c == gold ? 1 : 0);
            for (int j = 0; j < d - 1; j++) {
              grad[c][j] += g * x.get(i)[j];
            }
            grad[c][d - 1] += g;
          }
        }
        for (int c = 0; c < classes.size(); c++) {
          for (int j = 0; j < d; j++) {
            w[c][j] -= rate * (grad[c][j] / x.size() + l2 * w[c][j]);
          }
        }
      }
      return new Softmax(classes, w);
    }

    String predict(float[] v) {
      double[] p = probabilities(w, v);
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        if (p[c] > p[best]) {
          best = c;
        }
      }
      return classes.get(best);
    }

    private static double[] probabilities(double[][] w, float[] v) {
      double[] z = new double[w.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < w.length; c++) {
        double s = w[c][v.length];
        for (int j = 0; j < v.length; j++) {
          s += w[c][j] * v[j];
        }
        z[c] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int c = 0; c < z.length; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      for (int c = 0; c < z.length; c++) {
        z[c] /= sum;
      }
      return z;
    }
  }

  private static float[] normalised(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (n == 0 ? 0 : v[i] / n);
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
