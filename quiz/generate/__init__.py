"""Turning facts into question packs: templates (data) + slots (per fact kind) + distractors."""
