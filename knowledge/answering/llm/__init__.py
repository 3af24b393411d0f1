"""The optional chat model's answer: prompts, follow-up questions, its reply's markers and the per-sentence check of its citations."""
