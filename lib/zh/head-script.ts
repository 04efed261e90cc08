/**
 * The 简/繁 switch's loader: runs inline in <head> before first paint, beside the theme script.
 * It picks the variant (the reader's stored choice, else their browser's languages, as
 * pickDefaultVariant in ./variants.ts), marks `<html data-zh lang>`, and for a traditional variant
 * hides the body and loads the converter and that variant's tables (lib/zh/page.ts), which convert
 * the page and show it; after 3 s the page shows anyway, so a failed load never leaves it blank.
 * It also handles the header control's buttons (components/zh-switch.tsx), so the control needs no
 * JavaScript of its own. Kept tiny: everything else loads only for traditional readers.
 */
import { withBasePath } from '../static-export';
import { ZH_SCRIPT_FOLDER } from './paths';
import { ZH_LANG, ZH_STORAGE_KEY } from './variants';

/** Longest time the page stays hidden waiting for the converter. */
export const ZH_WAIT_MS = 3000;

/** The inline script, for a site served under `folder` (the base path included). */
export function buildZhHeadScript(folder: string = withBasePath(ZH_SCRIPT_FOLDER)): string {
  const constants = `k=${JSON.stringify(ZH_STORAGE_KEY)},L=${JSON.stringify(ZH_LANG)},u=${JSON.stringify(folder)}`;
  return `(function(){try{var d=document.documentElement,${constants},o=d.lang,c=null,j=0;try{c=localStorage.getItem(k)}catch(e){}function p(){if(c==="cn"||L[c])return c;var l=navigator.languages||[navigator.language||""];for(var i=0;i<l.length;i++){var x=String(l[i]).toLowerCase();if(x==="zh"||x.slice(0,3)==="zh-")return/-(hk|mo)(-|$)/.test(x)?"hk":/-(tw|hant)(-|$)/.test(x)?"tw":"cn"}return"cn"}function s(n){var e=document.createElement("script");e.src=u+n+".js";e.setAttribute("data-zh-tables",n);document.head.appendChild(e)}function b(v){document.querySelectorAll("[data-zh-choice]").forEach(function(e){e.setAttribute("aria-pressed",String(e.getAttribute("data-zh-choice")===v))})}function a(v){d.setAttribute("data-zh",v);d.lang=L[v]||o;b(v);if(window.__xjZh)window.__xjZh.apply(v);else if(L[v]&&!j){j=1;s(v);s("zh")}}var v=p();if(L[v]){var w=document.createElement("style");w.id="zh-wait";w.textContent="body{visibility:hidden}";document.head.appendChild(w);setTimeout(function(){w.remove()},${ZH_WAIT_MS})}a(v);document.addEventListener("DOMContentLoaded",function(){b(d.getAttribute("data-zh"))});function z(f){var m=document.querySelector("details[data-zh-menu][open]");if(m){m.open=false;if(f)m.querySelector("summary").focus()}}document.addEventListener("keydown",function(e){if(e.key==="Escape")z(1)});document.addEventListener("click",function(e){var t=e.target,n=t&&t.closest&&t.closest("[data-zh-choice]");if(!n){if(!(t&&t.closest&&t.closest("details[data-zh-menu]")))z(0);return}var v=n.getAttribute("data-zh-choice");try{localStorage.setItem(k,v)}catch(e){}a(v);z(1)})}catch(e){}})();`;
}

/** The script as the layout inlines it (built once: the base path is fixed per build). */
export const zhHeadScript = buildZhHeadScript();
