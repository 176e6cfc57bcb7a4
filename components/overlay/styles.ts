// Overlay styles live in the shadow root; :host resets inheritance so host pages cannot leak in
// and nothing of ours leaks out. The background sends them to the content script (overlay:css),
// whose size is budgeted; one rule a line. Folded, the summary is a pill in its corner, covering a
// few pixels of the page.
export const OVERLAY_CSS = `
:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;}
.sp-root{font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2937;}
.sp-mark{position:absolute;box-sizing:border-box;pointer-events:none;border-radius:3px;}
.sp-flag{outline:2px solid #b91c1c;outline-offset:1px;}
.sp-warn{outline:2px dashed #b45309;outline-offset:1px;}
.sp-badge{pointer-events:auto;position:absolute;top:-10px;left:calc(100% + 4px);white-space:nowrap;
  font:600 12px/1.4 inherit;border:0;border-radius:10px;padding:1px 8px;color:#fff;cursor:pointer;
  font-family:inherit;}
.sp-flag>.sp-badge{background:#b91c1c;}
.sp-warn>.sp-badge{background:#92400e;}
.sp-pop,.sp-form{pointer-events:auto;position:absolute;top:calc(100% + 4px);left:0;min-width:260px;
  max-width:380px;background:#fff;border:1px solid #d1d5db;border-radius:6px;
  box-shadow:0 6px 20px rgba(0,0,0,.18);padding:10px 12px;z-index:1;}
.sp-form{position:fixed;top:20%;left:50%;transform:translateX(-50%);width:380px;display:flex;
  flex-direction:column;gap:6px;}
.sp-form label{display:flex;flex-direction:column;gap:2px;font-weight:600;}
.sp-form textarea,.sp-form input{font:inherit;font-weight:400;border:1px solid #9ca3af;border-radius:4px;
  padding:4px 6px;color:#111827;background:#fff;}
.sp-cat{display:flex;flex-direction:column;gap:2px;margin-top:6px;font-weight:600;}
.sp-cat select{font:inherit;font-weight:400;}
.sp-msg{margin:0 0 6px;font-weight:600;}
dl{margin:0;}
dl div{display:flex;gap:6px;}
dt{color:#4b5563;min-width:5em;}
dd{margin:0;}
.sp-actions{display:flex;gap:8px;margin-top:8px;align-items:center;}
button{font:inherit;cursor:pointer;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;border-radius:4px;
  padding:2px 10px;}
.sp-toggle,.sp-link{background:transparent;color:#1e3a8a;border-color:transparent;text-align:left;padding:0 4px;}
a{color:#1d4ed8;}
button:focus-visible,a:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #f59e0b;
  outline-offset:1px;}
.sp-summary{position:fixed;width:340px;max-height:50vh;overflow:auto;background:#fff;border:1px solid #d1d5db;
  border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);}
.sp-br{right:16px;bottom:16px;}
.sp-bl{left:16px;bottom:16px;}
.sp-tr{right:16px;top:16px;}
.sp-tl{left:16px;top:16px;}
.sp-summary.sp-collapsed{width:auto;max-width:320px;overflow:visible;border-radius:999px;}
.sp-summary.sp-collapsed header{border-radius:999px;}
.sp-dragging{opacity:.85;cursor:grabbing;}
.sp-summary header{display:flex;align-items:center;background:#7f1d1d;color:#fff;position:sticky;top:0;}
.sp-pill{flex:1;background:transparent;border:0;color:#fff;text-align:left;padding:6px 12px;cursor:pointer;
  touch-action:none;}
.sp-cue{margin:0;padding:4px 10px;background:#fef3c7;color:#78350f;font-size:12px;}
.sp-body[hidden]{display:none;}
.sp-flash{animation:sp-flash 0.4s ease-in-out 4 alternate;}
@keyframes sp-flash{from{box-shadow:0 0 0 0 rgba(245,158,11,0);}to{box-shadow:0 0 0 6px rgba(245,158,11,.85);}}
.sp-badge.sp-badge-in{left:auto;right:0;}
@media (forced-colors:active){.sp-flag,.sp-warn{outline-color:CanvasText;}.sp-badge{border:1px solid ButtonText;}}
.sp-body{padding:6px 10px;}
.sp-rulecounts{display:flex;flex-wrap:wrap;gap:4px 12px;padding:0;margin:0 0 6px;list-style:none;color:#374151;}
.sp-list{margin:0;padding-left:18px;}
.sp-list li{margin:3px 0;}
.sp-list li.sp-flag,.sp-list li.sp-warn{outline:none;}
.sp-list .sp-rec{margin-left:6px;padding:0 6px;font-size:12px;}
.sp-why{margin:2px 0 4px;color:#374151;font-size:12px;}
.sp-progress{margin:0 0 6px;color:#374151;}
`;
