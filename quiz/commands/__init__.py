"""One module per `quiz` subcommand: HELP, configure(parser) and run(args) -> exit code."""
