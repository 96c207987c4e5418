"""The round engine: scoring, answer checking and the round state machine (no UI)."""
