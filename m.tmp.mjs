import { build } from "esbuild";
import { brotliCompressSync } from "node:zlib";
const [imp, from] = process.argv.slice(2);
const r = await build({ stdin: { contents: `export ${imp} from "${from}";`, resolveDir: process.cwd(), loader: "ts" }, bundle: true, minify: true, format: "esm", write: false, platform: "neutral", mainFields: ["module","main"], conditions: ["import"], metafile: true });
const code = r.outputFiles[0].contents;
console.log(code.length, brotliCompressSync(code).length);
const inputs = Object.entries(r.metafile.outputs)[0][1].inputs;
console.log(Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,40).map(([k,v])=>v.bytesInOutput+" "+k).join("\n"));
