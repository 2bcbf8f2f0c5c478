// The page's only style sheet and script, inline. Both are constants, so the page's content
// security policy can name them by hash: a script that got into the page some other way would
// not run, and nothing may be fetched (default-src 'none').

/**
 * The page's CSS. Colours are chosen to stay apart in greyscale, and every distinction that
 * matters is also a shape or a pattern: solid bars run, hatched bars are paused, cross-hatched
 * bars are past due, diamonds are due instants, crossed circles are breaches.
 */
export const PAGE_STYLE = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4a5563;--run:#1d4f91;--over:#b3261e;--open:#e1e7ef;--line:#c7ced8}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
header,main{max-width:1240px;margin:0 auto;padding:0 20px}
header{padding-top:16px;border-bottom:1px solid var(--line)}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:24px 0 8px}
h3{font-size:15px;margin:0}
nav a,a{color:#0b4fa8}
nav{margin:6px 0 10px}
nav a{margin-right:14px}
.sub{color:var(--muted);margin:0}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:130px}
.cards b{display:block;font-size:22px}
table{border-collapse:collapse;margin:8px 0 12px;font-size:13px}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f8}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.bad{color:var(--over);font-weight:600}
.grid2{display:flex;flex-wrap:wrap;gap:24px}
.queue{padding-left:0;list-style:none;margin:0}
.queue>li{border-left:4px solid var(--line);padding:4px 10px;margin:0 0 6px}
.queue>li.breached{border-left:6px double var(--over)}
.queue>li.near{border-left:4px dashed var(--run)}
.bucket{display:inline-block;border:1px solid var(--ink);border-radius:3px;padding:0 5px;font-size:12px}
.queue ul{margin:2px 0 0;padding-left:18px;color:var(--muted)}
.ticket{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:0 0 14px}
.meta{color:var(--muted);margin:2px 0 6px}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:4px 0 12px}
.legend svg{vertical-align:middle;margin-right:4px}
svg.timeline{display:block;width:100%;height:auto;font-size:11px}
.readout{margin:2px 0 4px;min-height:1.45em;color:var(--muted);font-variant-numeric:tabular-nums}
.hit{fill:transparent}
.open{fill:var(--open)}
.grid{stroke:var(--line);stroke-width:1}
.lane-rule{stroke:var(--line)}
.tick{fill:var(--muted);text-anchor:middle}
.lane{fill:var(--ink);font-weight:600}
.state{fill:var(--muted);font-size:10px}
.state.bad{fill:var(--over)}
.run{fill:var(--run)}
.pause{fill:url(#p-pause);stroke:var(--run);stroke-width:1}
.over{fill:url(#p-over);stroke:var(--over);stroke-width:1}
.now{stroke:#000;stroke-width:1.5;stroke-dasharray:4 3}
.now-label{font-size:10px;font-weight:600;text-anchor:middle}
.cursor{stroke:#000;stroke-width:1;pointer-events:none}
.mark{cursor:default;outline:none}
.mark:focus-visible>*:not(title){stroke:#000;stroke-width:3}
.mark:focus-visible{outline:3px solid #f0a800;outline-offset:2px}
.due path{fill:#fff;stroke:var(--ink);stroke-width:2}
.later path{fill:var(--ink)}
.breach circle{fill:var(--over);stroke:#000;stroke-width:1.5}
.breach path{stroke:#fff;stroke-width:2.5}
.ev-customer circle{fill:#c25e00;stroke:#000}
.ev-agent rect{fill:var(--run);stroke:#000}
.ev-note rect{fill:#fff;stroke:#333;stroke-width:1.5}
.ev-status rect{fill:#333}
.ev-priority path{fill:#6a3d9a;stroke:#000}
.ev-other rect{fill:#777}
details{margin:4px 0 0}
summary{cursor:pointer;color:#0b4fa8}
:focus-visible{outline:3px solid #f0a800;outline-offset:2px}
@media print{details{display:none}}
`;

/**
 * The page's script: the read-out under each timeline shows the instant under the pointer, in
 * the page's time zone, written as the rest of the page writes instants (the command line's
 * `formatInstant`: a zone abbreviation where one of its English locales has one), and a
 * focused marker's words. Everything else works without it.
 */
export const PAGE_SCRIPT = `(function(){var z=document.body.getAttribute("data-tz")||"UTC";var f=new Intl.DateTimeFormat("en-US",{timeZone:z,weekday:"short",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23",timeZoneName:"short"});
var G=/^(GMT|UTC)[+-]/,L=["en-GB","en-AU","en-IN","en-NZ","en-ZA"].map(function(l){return new Intl.DateTimeFormat(l,{timeZone:z,timeZoneName:"short"})});
function n(d,v){if(!G.test(v))return v;for(var i=0;i<L.length;i++){var q=L[i].formatToParts(d).find(function(x){return x.type==="timeZoneName"});if(q&&!G.test(q.value))return q.value}return v}
function w(t){var d=new Date(t),p={};f.formatToParts(d).forEach(function(x){p[x.type]=x.value});return p.weekday+" "+p.year+"-"+p.month+"-"+p.day+" "+p.hour+":"+p.minute+" "+n(d,p.timeZoneName)}
document.querySelectorAll("svg.timeline").forEach(function(s){var o=document.getElementById(s.getAttribute("data-readout")),c=s.querySelector(".cursor"),a=+s.getAttribute("data-start"),b=+s.getAttribute("data-end"),l=+s.getAttribute("data-left"),r=+s.getAttribute("data-right");if(!o||!c)return;
s.addEventListener("pointermove",function(e){var m=s.getScreenCTM();if(!m)return;var x=(e.clientX-m.e)/m.a;if(x<l||x>r){c.setAttribute("visibility","hidden");return}c.setAttribute("x1",x);c.setAttribute("x2",x);c.setAttribute("visibility","visible");var g=e.target.closest&&e.target.closest(".mark");o.textContent=g?g.getAttribute("data-label"):w(a+(x-l)/(r-l)*(b-a))});
s.addEventListener("pointerleave",function(){c.setAttribute("visibility","hidden")});
s.addEventListener("focusin",function(e){var g=e.target.closest&&e.target.closest(".mark");if(g)o.textContent=g.getAttribute("data-label")})})})();`;

/** The SHA-256 of {@link PAGE_STYLE}, base64, for the content security policy (checked by a test). */
export const PAGE_STYLE_SHA256 = "9VNbUfiv1EM//C9V0Tfiae7eAS4EdBAd1QeVJo/kNgg=";

/** The SHA-256 of {@link PAGE_SCRIPT}, base64, for the content security policy (checked by a test). */
export const PAGE_SCRIPT_SHA256 = "WzdU4YHI4gmFAqp1NjtZReavV5gxSiDclmt59J7McVU=";
