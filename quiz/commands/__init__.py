"""One module per `quiz` subcommand: configure(parser) and run(args) -> exit code."""
