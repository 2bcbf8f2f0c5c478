import { build } from "esbuild";
import { brotliCompressSync, constants } from "node:zlib";
const [,, entry, imp, top="40"] = process.argv;
const statement = imp === "*" ? `export * from "${entry}";` : `export ${imp} from "${entry}";`;
const r = await build({ stdin:{contents:statement,resolveDir:process.cwd(),loader:"js"}, bundle:true, minify:true, format:"esm", platform:"neutral", mainFields:["module","main"], conditions:["import"], write:false, logLevel:"silent", metafile:true, tsconfig:"tsconfig.build.json", define:{SUPPORT_POLICY_VERSION:'"x"'}});
const code=r.outputFiles[0].contents;
console.log("min",code.length,"br",brotliCompressSync(code,{params:{[constants.BROTLI_PARAM_QUALITY]:11}}).length);
const out=Object.values(r.metafile.outputs)[0];
const ins=Object.entries(out.inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
let groups={};for(const [k,v] of ins){const g=k.includes("node_modules")?k.split("node_modules/")[1].split("/").slice(0,k.includes("/zod/")?4:1).join("/"):"src";groups[g]=(groups[g]||0)+v;}
console.log(groups);
for(const [k,v] of ins.filter(([k])=>!k.includes("node_modules")).slice(0,+top)) console.log(v,k);
