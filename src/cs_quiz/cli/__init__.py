"""The command line: main parses and dispatches; a module per group of commands."""
