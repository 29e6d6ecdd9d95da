"""One document model (`flows.documents`), two formats: DOCX to edit, PDF to print."""
