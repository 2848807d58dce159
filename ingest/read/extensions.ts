/** The file extensions a seed may have (a seed may also carry none): a leaf module, so the checked seed reader can name them without importing every reader. */
export const SEED_EXTENSIONS = ['.txt', '.html', '.htm', '.pdf', '.docx'] as const;
