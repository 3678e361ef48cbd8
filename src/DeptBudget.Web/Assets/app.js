// DeptBudget: live checking on the edit page. As the preparer types, the form is sent (with its
// anti-forgery token) to the preview handler, which checks without saving; the findings list and
// the cell marks are replaced with the answer. Text is inserted with textContent only.
(function () {
  const form = document.querySelector('form[data-live-check]');
  if (!form) return;
  const list = document.getElementById('findings-list');
  const status = document.getElementById('live-status');
  let timer = null, seq = 0;

  function mark(findings) {
    document.querySelectorAll('.err, .warn').forEach(e => e.classList.remove('err', 'warn'));
    for (const f of findings) {
      const l = f.location || {};
      const cls = f.severity === 'error' ? 'err' : f.severity === 'warning' ? 'warn' : null;
      if (!cls || !l.table) continue;
      let el = null;
      if (l.rowIndex != null && l.columnIndex != null) el = document.querySelector(`[data-cell="${l.table}:${l.rowIndex}:${l.columnIndex}"]`);
      else if (l.rowIndex != null) el = document.querySelector(`[data-row="${l.table}:${l.rowIndex}"]`);
      if (el) el.classList.add(cls);
    }
  }

  // The table a finding names (its first, as the server's list takes it) and the element to link to: the cell,
  // else the table. The same anchors the server's findings list writes (#t2-r5-c3, #t2).
  function target(l) {
    if (!l.table) return null;
    const table = document.querySelector(`table[data-table="${CSS.escape(l.table)}"]`);
    if (!table) return null;
    const cell = l.rowIndex != null && l.columnIndex != null
      ? document.querySelector(`[data-cell="${CSS.escape(l.table + ':' + l.rowIndex + ':' + l.columnIndex)}"]`) : null;
    const caption = table.querySelector('caption .sr-only');
    return { href: '#' + ((cell && cell.id) || table.id), title: caption ? caption.textContent.trim() : l.table };
  }

  function muted(text) { const s = document.createElement('span'); s.className = 'muted'; s.textContent = text; return s; }

  // Each finding as the server lists it (_Findings.cshtml): rule, link to its table and cell or its section,
  // row and column, message, expected and found, the sentence, and its page of the original with the picture.
  function render(answer) {
    list.replaceChildren();
    const pictures = list.dataset.pictureBase;
    const order = { error: 0, warning: 1 };
    const findings = [...answer.findings].sort((a, b) => (order[a.severity] ?? 2) - (order[b.severity] ?? 2));
    for (const f of findings) {
      const l = f.location || {};
      const li = document.createElement('li');
      li.className = f.severity;
      const rule = document.createElement('span'); rule.className = 'rule'; rule.textContent = f.rule;
      li.append(rule, ' ');
      const t = target(l);
      if (t) { const a = document.createElement('a'); a.href = t.href; a.textContent = t.title; li.append(a, ' '); }
      else if (l.section != null) li.append(muted(l.section), ' ');
      if (l.row != null) li.append(muted('· ' + l.row), ' ');
      if (l.column != null) li.append(muted('· ' + l.column));
      const m = document.createElement('div'); m.textContent = f.message; li.append(m);
      if (f.expected != null || f.actual != null) {
        const d = document.createElement('div'); d.className = 'muted';
        d.textContent = `应为 ${f.expected ?? '—'}，实为 ${f.actual ?? '—'}`;
        li.append(d);
      }
      if (l.text != null) { const q = document.createElement('div'); q.className = 'muted'; q.textContent = `“${l.text}”`; li.append(q); }
      const p = l.place;
      if (p) {
        if (pictures) {
          const det = document.createElement('details'); det.className = 'place';
          const sum = document.createElement('summary'); sum.textContent = `原文第 ${p.page} 页`;
          const img = document.createElement('img'); img.loading = 'lazy'; img.alt = `原文第 ${p.page} 页，问题位置以红框标出`;
          img.src = `${pictures}?page=${p.page}&x=${p.x}&y=${p.y}&w=${p.width}&h=${p.height}`;
          det.append(sum, img); li.append(det);
        } else { const d = document.createElement('div'); d.className = 'muted place'; d.textContent = `原文第 ${p.page} 页`; li.append(d); }
      }
      list.append(li);
    }
    document.getElementById('count-errors').textContent = answer.errors;
    document.getElementById('count-warnings').textContent = answer.warnings;
    mark(answer.findings);
  }

  async function check() {
    const mine = ++seq;
    status.textContent = '正在检查…';
    try {
      const r = await fetch(form.dataset.liveCheck, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
      if (mine !== seq) return;
      if (!r.ok) { status.textContent = '检查失败（' + r.status + '）'; return; }
      render(await r.json());
      status.textContent = '已按当前填写内容检查（尚未保存）';
    } catch (e) { if (mine === seq) status.textContent = '检查失败'; }
  }

  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 500); });
})();

// A form carrying data-confirm asks before it is sent (submitting a budget that still has errors).
// (A form tag helper writes an empty data-confirm where there is nothing to ask.)
document.querySelectorAll('form[data-confirm]:not([data-confirm=""])').forEach(form => {
  form.addEventListener('submit', e => { if (!window.confirm(form.dataset.confirm)) e.preventDefault(); });
});

// Upload: the size is checked before anything is sent (the server refuses more than its limit, and the browser then
// showed its own English error page), the progress is shown while sending, and the server's reason is shown in place.
(function () {
  const form = document.querySelector('form[data-upload]');
  if (!form) return;
  const input = form.querySelector('input[type=file]');
  const status = document.getElementById('upload-status');
  const bar = document.getElementById('upload-progress');
  const button = form.querySelector('button[type=submit]');
  const max = Number(form.dataset.maxBytes), maxFiles = Number(form.dataset.maxFiles);
  const mb = n => (n / 1048576).toFixed(1);

  function say(text, kind) { status.textContent = text; status.className = kind ? 'notice ' + kind : ''; }

  // The reason the selection cannot be sent, or null.
  function problem() {
    const files = [...input.files];
    if (files.length === 0) return '请选择文件';
    if (files.length > maxFiles) return `一份预算最多 ${maxFiles} 个文件，已选 ${files.length} 个`;
    const empty = files.find(f => f.size === 0);
    if (empty) return `${empty.name}：文件为空`;
    const total = files.reduce((s, f) => s + f.size, 0);
    if (total > max) return `所选文件共 ${mb(total)} MB，超过 ${mb(max)} MB 的上限，未上传`;
    return null;
  }

  input.addEventListener('change', () => {
    const p = input.files.length ? problem() : null;
    if (p) say(p, 'error');
    else if (input.files.length) say(`已选 ${input.files.length} 个文件，共 ${mb([...input.files].reduce((s, f) => s + f.size, 0))} MB`, '');
    else say('', '');
  });

  form.addEventListener('submit', e => {
    e.preventDefault();
    const p = problem();
    if (p) { say(p, 'error'); return; }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Upload', 'progress');
    xhr.upload.addEventListener('progress', ev => {
      if (!ev.lengthComputable) return;
      bar.hidden = false; bar.max = ev.total; bar.value = ev.loaded;
      say(`正在上传：${Math.round(ev.loaded * 100 / ev.total)}%`, '');
    });
    xhr.upload.addEventListener('load', () => say('已上传，正在读取和审核…', ''));
    xhr.addEventListener('load', () => {
      button.disabled = false;
      if (xhr.status === 200) {
        try { location.href = JSON.parse(xhr.responseText).url; return; } catch (_) { /* not our answer: fall through */ }
      }
      bar.hidden = true;
      if (xhr.status === 413) { say(`文件超过 ${mb(max)} MB 的上限，未上传`, 'error'); return; }
      const page = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      const reason = page.querySelector('main .notice.error, main p');
      say(reason ? reason.textContent.trim() : `上传失败（${xhr.status}），请稍后再试`, 'error');
    });
    xhr.addEventListener('error', () => { button.disabled = false; bar.hidden = true; say('上传中断：与服务器的连接断开，请稍后再试', 'error'); });
    button.disabled = true;
    say('正在上传…', '');
    xhr.send(new FormData(form));
  });
})();

// The budget page's tabs: one part at a time, the chosen one kept in the address (#part-tables), and a link to a
// table or a cell (a finding's) opens the part that holds it. Wide screens keep the findings beside the tables.
(function () {
  const nav = document.querySelector('nav[data-tabs]');
  if (!nav) return;
  const tabs = [...nav.querySelectorAll('a[data-tab]')];
  const panels = tabs.map(t => document.getElementById(t.dataset.tab));
  nav.setAttribute('role', 'tablist');
  tabs.forEach((t, i) => { t.setAttribute('role', 'tab'); t.setAttribute('aria-controls', panels[i].id); panels[i].setAttribute('role', 'tabpanel'); });
  const wide = window.matchMedia('(min-width: 1001px)');

  // The first part with content opens (a budget printed without narrative opens on its tables).
  const first = (tabs.find((t, i) => !panels[i].dataset.empty) || tabs[0]).dataset.tab;
  let left = first;   // the part last shown in the main column
  function show(id, focusTarget) {
    const chosen = tabs.find(t => t.dataset.tab === id) || tabs[0];
    if (chosen.dataset.tab !== 'part-findings') left = chosen.dataset.tab;
    tabs.forEach((t, i) => {
      const on = t === chosen;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      // On a wide screen the findings stay in their column beside the part last shown.
      panels[i].hidden = wide.matches ? !(panels[i].id === 'part-findings' || panels[i].id === left) : !on;
    });
    if (!focusTarget && chosen.dataset.tab === 'part-findings' && wide.matches) focusTarget = document.getElementById('findings');
    if (focusTarget) {
      focusTarget.scrollIntoView({ block: 'center' });
      if (!focusTarget.matches('a, button, input, select, textarea, [tabindex]')) focusTarget.tabIndex = -1;
      focusTarget.focus({ preventScroll: true });
    }
  }

  // Where an address points: a part, or something inside one (#t3-r2-c4, #title-t3).
  function route() {
    const hash = decodeURIComponent(location.hash.slice(1));
    const target = hash ? document.getElementById(hash) : null;
    if (!target) { show(first); return; }
    const panel = panels.find(p => p === target || p.contains(target));
    if (!panel) { show(first); return; }
    show(panel.id, panel === target ? null : target);
  }

  tabs.forEach((t, i) => {
    t.addEventListener('click', e => { e.preventDefault(); history.replaceState(null, '', '#' + t.dataset.tab); show(t.dataset.tab); });
    t.addEventListener('keydown', e => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus(); next.click();
    });
  });
  window.addEventListener('hashchange', route);
  // A link within the page (a finding's, the contents') opens its part even when the address already ends so.
  document.addEventListener('click', e => {
    const a = e.target.closest('a[href^="#"]');
    if (!a || nav.contains(a) || !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))) return;
    e.preventDefault();
    history.replaceState(null, '', a.getAttribute('href'));
    route();
  });
  wide.addEventListener('change', () => show((tabs.find(t => t.getAttribute('aria-selected') === 'true') || tabs[0]).dataset.tab));
  route();
})();
