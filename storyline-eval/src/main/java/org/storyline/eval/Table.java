package org.storyline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A plain-text table with aligned columns, for eval and bench output that people read and paste. */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; numbers are formatted with three decimals (doubles) or grouping (longs). */
  public Table row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + header.size());
    }
    rows.add(Arrays.stream(cells).map(Table::format).toList());
    return this;
  }

  private static String format(Object cell) {
    if (cell == null) {
      return "–";
    }
    if (cell instanceof Double d) {
      return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }
    if (cell instanceof Float f) {
      return String.format(Locale.ROOT, "%.3f", f);
    }
    if (cell instanceof Long || cell instanceof Integer) {
      return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
    }
    return cell.toString();
  }

  @Override
  public String toString() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, header, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    b.append(rule).append('\n');
    rows.forEach(r -> line(b, r, width));
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] width) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      boolean numeric = !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.charAt(0) == '-' || c.equals("–")) && i > 0;
      b.append(i == 0 ? "" : "  ").append(numeric ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length()));
    }
    b.append('\n');
  }
}
