/**
 * The {@code storyline} command (picocli): one subcommand per job, the only {@code main()}.
 * {@link org.storyline.cli.Engine} wires the stages; commands only parse, run and report.
 * Exit codes are in {@link org.storyline.cli.ExitCodes}.
 */
package org.storyline.cli;
