"""Policy documents as documents: 章/条/款/项 questions, 公文 fields, outlines, which document a question points at, the article cited, versions and validity."""
