/** A year of bills is a few megabytes; far more is not a bill (a 60 MB file is refused). */
export const MAX_BILL_BYTES = 20 * 1024 * 1024
