// The interactive API page: reads the OpenAPI document and offers every operation with a form to try it.
// No third-party script: the page's CSP allows only this site's own scripts.
(function () {
  'use strict';
  const root = document.getElementById('api-operations');
  const status = document.getElementById('api-status');
  if (!root) return;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  function token() { return document.getElementById('api-token').value.trim(); }

  async function send(method, path, form, out) {
    let url = path;
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll('input[data-in]')) {
      const v = input.value.trim();
      if (input.dataset.in === 'path') url = url.replace('{' + input.name + '}', encodeURIComponent(v));
      else if (v !== '') query.set(input.name, v);
    }
    if ([...query].length) url += '?' + query;
    const headers = { 'Accept': 'application/json' };
    if (token()) headers['Authorization'] = 'Bearer ' + token();
    const init = { method, headers, credentials: 'same-origin' };
    const body = form.querySelector('textarea[name=body]');
    const file = form.querySelector('input[type=file]');
    if (file && file.files.length) { const fd = new FormData(); fd.append('file', file.files[0]); init.body = fd; }
    else if (body && body.value.trim()) { headers['Content-Type'] = 'application/json'; init.body = body.value; }
    const ifMatch = form.querySelector('input[name=if-match]');
    if (ifMatch && ifMatch.value.trim()) headers['If-Match'] = '"' + ifMatch.value.trim() + '"';
    out.textContent = '请求中…';
    try {
      const r = await fetch(url, init);
      const type = r.headers.get('content-type') || '';
      let text = type.includes('json') || type.startsWith('text/') ? await r.text() : `（${type}，${(await r.blob()).size} 字节）`;
      if (type.includes('json')) { try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* as sent */ } }
      if (text.length > 20000) text = text.slice(0, 20000) + '\n…（已截断）';
      out.textContent = `${r.status} ${r.statusText}\n${text}`;
      out.dataset.status = String(r.status);
    } catch (e) {
      out.textContent = '请求失败：' + e;
    }
  }

  function operation(path, method, op) {
    const form = el('form', { class: 'api-try' });
    for (const p of op.parameters || []) {
      const id = `p-${method}-${path}-${p.name}`.replace(/[^a-zA-Z0-9-]/g, '-');
      form.append(el('div', {}, el('label', { for: id, text: `${p.name}（${p.in === 'path' ? '路径' : '查询'}${p.required ? '，必填' : ''}）` }),
        el('input', { id, name: p.name, 'data-in': p.in, required: p.required ? '' : null })));
    }
    const content = op.requestBody && op.requestBody.content || {};
    if (content['multipart/form-data']) form.append(el('div', {}, el('label', { text: '文件' }), el('input', { type: 'file', name: 'file', 'aria-label': '文件' })));
    if (content['application/json'] || method === 'put' || (method === 'post' && !content['multipart/form-data'])) {
      form.append(el('div', {}, el('label', { text: '请求体（JSON）' }), el('textarea', { name: 'body', rows: '4', 'aria-label': '请求体（JSON）' })));
    }
    if (method === 'put') form.append(el('div', {}, el('label', { text: 'If-Match（版本号）' }), el('input', { name: 'if-match', 'aria-label': 'If-Match（版本号）' })));
    const out = el('pre', { class: 'api-answer', 'aria-live': 'polite' });
    form.append(el('button', { type: 'submit', text: '发送' }));
    form.addEventListener('submit', e => { e.preventDefault(); send(method.toUpperCase(), path, form, out); });
    const codes = Object.entries(op.responses || {}).map(([c, r]) => `${c} ${r.description || ''}`).join('；');
    const locked = op.security && op.security.length ? '（需登录或令牌）' : '';
    return el('details', { class: 'api-op card', 'data-op': `${method.toUpperCase()} ${path}` },
      el('summary', {}, el('code', { text: `${method.toUpperCase()} ${path}` }), document.createTextNode(` ${op.summary || ''}${locked}`)),
      el('p', { class: 'muted', text: '回应：' + codes }), form, out);
  }

  fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
    let n = 0;
    for (const [path, item] of Object.entries(doc.paths || {})) {
      for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
        if (!item[method]) continue;
        root.append(operation(path, method, item[method]));
        n++;
      }
    }
    const schemes = Object.keys((doc.components && doc.components.securitySchemes) || {}).join('、');
    status.textContent = `${doc.info.title}：${n} 个接口；认证方式：${schemes || '无'}`;
  }).catch(e => { status.textContent = '无法读取 OpenAPI 文档：' + e; });
})();
