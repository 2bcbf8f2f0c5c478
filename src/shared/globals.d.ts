// structuredClone is a global in Node.js 17+ and every current browser. The library builds
// without Node's types so that no Node-only API slips in; this declares the one global it uses.
declare function structuredClone<T>(value: T): T;
