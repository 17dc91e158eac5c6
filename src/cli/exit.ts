/** Exit codes: what happened, for scripts that run the tool. */
export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2, interrupted: 130 } as const;
