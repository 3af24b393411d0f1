"""Text utilities shared by reading documents, retrieval and answering (no project imports)."""
