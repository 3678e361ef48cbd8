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
