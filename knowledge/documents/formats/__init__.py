"""Readers of the binary and markup formats (PDF with OCR, images, DOCX, HTML, .doc): each turns
a file's bytes into an `Extracted` text, paged when the format has pages."""
