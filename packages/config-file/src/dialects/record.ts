/** A prototype-free record, so that profile and key names such as `__proto__` stay plain data. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record of `name` in `records`, created empty on first use. */
export function recordIn<T>(records: Record<string, Record<string, T>>, name: string): Record<string, T> {
  let record = records[name];
  if (!record) {
    record = emptyRecord<T>();
    records[name] = record;
  }
  return record;
}
