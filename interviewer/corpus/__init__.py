"""The value-first guidance corpus: documents, chunks, offline embeddings, the Chroma store and search."""
