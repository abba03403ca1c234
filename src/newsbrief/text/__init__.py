"""Text utilities shared by the stages: paragraphs, sentences, tokens, normalisation."""
