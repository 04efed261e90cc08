/**
 * The 简/繁 switch's loader: runs inline in <head> before first paint, beside the theme script.
 * It picks the variant (the reader's stored choice, else their browser's languages, as
 * pickDefaultVariant in ./variants.ts), marks `<html data-zh lang>`, and for a traditional variant
 * hides the body and loads the converter and that variant's tables (lib/zh/page.ts), which convert
 * the page and show it. A file that fails to load shows the page at once, as written; one still on its
way after 6 s too (a first visit on a slow connection: 440 kB of tables), to be converted on arrival.
 * It also handles the header control's buttons (components/zh-switch.tsx: a choice, Escape), so the
 * control needs no JavaScript of its own; the converter marks the pressed button. Kept tiny (every
 * page carries it twice: the tag and React's payload); the rest loads only for traditional readers.
 */
import { withBasePath } from '../static-export';
import { readZhScriptFolder } from './paths';
import { ZH_LANG, ZH_STORAGE_KEY } from './variants';

/** Longest time the page stays hidden waiting for the converter. */
export const ZH_WAIT_MS = 6000;

/**
 * The inline script, for a site served under `folder` (the base path included): the build's version
 * folder (lib/zh/build.ts), so the files may be cached for good.
 */
export function buildZhHeadScript(folder: string = withBasePath(readZhScriptFolder())): string {
  // No `"`, `\\`, `<`, `>` or `&`: React's payload then carries the script byte for byte as the
  // <head> has it (it escapes those), and gzip sends the second copy as a back-reference.
  const lang = Object.entries(ZH_LANG)
    .map(([variant, tag]) => `${variant}:'${tag}'`)
    .join(',');
  const constants = `k='${ZH_STORAGE_KEY}',L={${lang}},u='${folder}'`;
  const script = `(function(){try{var d=document.documentElement,${constants},o=d.lang,j,c;try{c=localStorage.getItem(k)}catch(e){}function a(v){d.setAttribute('data-zh',v);d.lang=L[v]||o;var r=window.__xjZh;if(r)r.apply(v);else if(L[v])if(!j){j=1;[v,'zh'].forEach(function(n){var e=document.createElement('script');e.src=u+n+'.js';e.onerror=h;document.head.appendChild(e)})}}function h(){var s=document.getElementById('zh-wait');if(s)s.remove()}function z(m){m.open=!1;m.querySelector('summary').focus()}if(c!=='cn')if(!L[c]){c='cn';for(var l=navigator.languages||[],i=0;l[i];i++){var x=l[i].toLowerCase();if(/^zh(-|$)/.test(x)){c=/-(hk|mo)(-|$)/.test(x)?'hk':/-(tw|hant)(-|$)/.test(x)?'tw':'cn';break}}}if(L[c]){var w=document.createElement('style');w.id='zh-wait';w.textContent='body{visibility:hidden}';document.head.appendChild(w);setTimeout(h,${ZH_WAIT_MS})}a(c);document.addEventListener('click',function(e){var n=e.target.closest?e.target.closest('[data-zh-choice]'):null;if(n){var v=n.getAttribute('data-zh-choice');try{localStorage.setItem(k,v)}catch(e){}a(v);z(n.closest('details'))}});document.addEventListener('keydown',function(e){var m=e.key=='Escape'?document.querySelector('.zh-switch[open]'):null;if(m)z(m)})}catch(e){}})();`;
  return script;
}

/** The script as the layout inlines it (built once: the base path is fixed per build). */
export const zhHeadScript = buildZhHeadScript();
