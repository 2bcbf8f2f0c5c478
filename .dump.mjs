import { build } from "esbuild";
const [,, entry, imp, out] = process.argv;
const statement = imp === "*" ? `export * from "${entry}";` : `export ${imp} from "${entry}";`;
const r = await build({ stdin:{contents:statement,resolveDir:process.cwd(),loader:"js"}, bundle:true, minify:true, format:"esm", platform:"neutral", mainFields:["module","main"], conditions:["import"], write:false, logLevel:"silent", tsconfig:"tsconfig.build.json", define:{SUPPORT_POLICY_VERSION:'"x"'}, external:["zod","zod/*"]});
(await import("node:fs")).writeFileSync(out, r.outputFiles[0].text);
