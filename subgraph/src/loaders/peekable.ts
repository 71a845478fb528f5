import DataLoader from 'dataloader';

/** What `peek` answers for a key this request has not read (yet). */
export const NOT_READ: unique symbol = Symbol('not read');

/**
 * A DataLoader that also answers synchronously for the keys it has read, and reads ahead for a
 * list's items without a promise per key (`readAhead`): a board's 160 cards then answer their
 * owner, lead and next step without a promise, a cache entry and a continuation each (ADR 077).
 */
export type Peekable<K, V> = DataLoader<K, V> & {
  /** The value of a key this request has read, else NOT_READ. */
  peek(key: K): V | typeof NOT_READ;
  /**
   * Reads the keys not read yet, in one batch. Rejects when the batch fails; a key whose value is
   * an error is left unread, for `load` to ask again and report.
   */
  readAhead(keys: readonly K[]): Promise<void>;
};

export function peekableLoader<K, V>(
  batch: (keys: readonly K[]) => PromiseLike<ArrayLike<V | Error>>,
): Peekable<K, V> {
  const read = new Map<K, V>();
  const readNow = async (keys: readonly K[]): Promise<(V | Error)[]> => {
    const missing = keys.filter((key) => !read.has(key));
    const fresh = new Map<K, V | Error>();
    if (missing.length > 0) {
      const values = await batch(missing);
      missing.forEach((key, i) => {
        const value = values[i] as V | Error;
        fresh.set(key, value);
        if (!(value instanceof Error)) read.set(key, value);
      });
    }
    return keys.map((key) => (fresh.has(key) ? fresh.get(key)! : (read.get(key) as V)));
  };
  const loader = new DataLoader<K, V>(readNow);
  // Keys asked to be read ahead in this turn: the columns of a board each ask for their own
  // cards' keys, read in one batch as DataLoader would (after the promise jobs of this turn).
  let ahead: { keys: Set<K>; done: Promise<void> } | undefined;
  const readAhead = (keys: readonly K[]): Promise<void> => {
    if (!ahead) {
      const batchKeys = new Set<K>();
      const done = new Promise<void>((resolve, reject) => {
        void Promise.resolve().then(() =>
          process.nextTick(() => {
            ahead = undefined;
            readNow([...batchKeys]).then(() => resolve(), reject);
          }),
        );
      });
      ahead = { keys: batchKeys, done };
    }
    for (const key of keys) ahead.keys.add(key);
    return ahead.done;
  };
  return Object.assign(loader, {
    peek: (key: K): V | typeof NOT_READ => (read.has(key) ? read.get(key)! : NOT_READ),
    readAhead,
  });
}

/** The key's value at once when this request has read it, else its promise. */
export function loadNow<K, V>(loader: Peekable<K, V>, key: K): V | Promise<V> {
  const value = loader.peek(key);
  return value === NOT_READ ? loader.load(key) : value;
}
