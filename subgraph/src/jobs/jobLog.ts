/** A job's lines: progress at `info` (the default), a failure the operator must see at `warn`. */
export type JobLog = (line: string, level?: 'info' | 'warn') => void;
