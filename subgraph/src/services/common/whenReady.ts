/**
 * `then(value)` at once when the value is already there, after it otherwise: a resolver that
 * returns a plain value lets graphql-js complete the field without a promise and a microtask,
 * which over the hundreds of cards of a board is a measurable share of a request (ADR 045).
 */
export function whenReady<T, R>(value: T | Promise<T>, then: (ready: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}
