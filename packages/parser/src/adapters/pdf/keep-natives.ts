// Built-ins whose methods a bundled polyfill might replace.
const TYPED_ARRAY_PROTOTYPE = Object.getPrototypeOf(Uint8Array.prototype) as object;
const ITERATOR_PROTOTYPE = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
const TARGETS: readonly object[] = [
  Array,
  Array.prototype,
  ArrayBuffer.prototype,
  DataView.prototype,
  Function.prototype,
  ITERATOR_PROTOTYPE,
  JSON,
  Map.prototype,
  Math,
  Number,
  Object,
  Object.prototype,
  Promise,
  Promise.prototype,
  Reflect,
  RegExp.prototype,
  Set.prototype,
  String,
  String.prototype,
  TYPED_ARRAY_PROTOTYPE,
  Uint8Array.prototype,
];

/**
 * Runs `load` (an import) and puts back every built-in method it replaced, keeping the ones it
 * added. pdf.js's legacy build bundles core-js, which on Node 20 swaps `Array.prototype.push`
 * and `JSON.parse`/`JSON.stringify` for slower polyfills process-wide (core-js flags edge cases
 * no caller here depends on); left in place, every array push and JSON call in the API, the
 * importer and the other adapters would pay for it once a PDF had been read.
 */
export async function keepNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved = TARGETS.map((target) => {
    const methods = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor !== undefined && typeof descriptor.value === 'function') methods.set(key, descriptor);
    }
    return { target, methods };
  });
  try {
    return await load();
  } finally {
    for (const { target, methods } of saved) {
      for (const [key, descriptor] of methods) {
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now?.value !== descriptor.value) Object.defineProperty(target, key, descriptor);
      }
    }
  }
}
