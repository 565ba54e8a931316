/**
 * Stories and topics scored on a clustering gold set (ECB+ dev): the gold file's reader, its
 * articles annotated by the real pipeline (cacheable), BCubed and pairwise scores, tuning with
 * cross-validation by topic, and a synthetic stream for {@code storyline bench stories}.
 */
package org.storyline.eval.stories;
