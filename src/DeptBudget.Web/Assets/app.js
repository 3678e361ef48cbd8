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

  function render(answer) {
    list.replaceChildren();
    for (const f of answer.findings) {
      const li = document.createElement('li');
      li.className = f.severity;
      const rule = document.createElement('span'); rule.className = 'rule'; rule.textContent = f.rule + ' ';
      li.append(rule, document.createTextNode(f.message));
      if (f.expected != null || f.actual != null) {
        const d = document.createElement('div'); d.className = 'muted';
        d.textContent = `应为 ${f.expected ?? '—'}，实为 ${f.actual ?? '—'}`;
        li.append(d);
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
