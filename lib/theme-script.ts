/**
 * Runs inline in <head> before first paint: applies the stored theme, else the system's, and keeps
 * following the system while the reader has not chosen. Kept tiny and dependency-free.
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){try{var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia('(prefers-color-scheme: dark)');function a(t){d.dataset.theme=t;d.classList.toggle('dark',t==='dark');d.style.colorScheme=t}function s(){var v=null;try{v=localStorage.getItem(k)}catch(e){}return v==='dark'||v==='light'?v:null}a(s()||(m.matches?'dark':'light'));m.addEventListener('change',function(e){if(!s())a(e.matches?'dark':'light')})}catch(e){}})();`;
