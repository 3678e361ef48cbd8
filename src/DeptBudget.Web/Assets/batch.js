// DeptBudget: live progress of a batch import without page reloads. Polls the batch's JSON every 1.5 s and
// updates the progress line and each file's row in place, until every file is checked or failed. Text is set
// with textContent only; links are built from numbers.
(function () {
  const table = document.querySelector('table[data-batch]');
  if (!table) return;
  const id = table.dataset.batch;
  const progress = document.getElementById('progress');
  let failures = 0;

  function cell(row, name) { return row.querySelector(`[data-field="${name}"]`); }

  function update(b) {
    const bar = progress.querySelector('progress');
    bar.max = b.total; bar.value = b.done;
    progress.querySelector('[data-field="done"]').textContent = `${b.done} / ${b.total}`;
    progress.querySelector('[data-field="percent"]').textContent = `${b.percent}%`;
    progress.querySelector('[data-field="checked"]').textContent = b.items.filter(i => i.state === 'checked').length;
    progress.querySelector('[data-field="failed"]').textContent = b.items.filter(i => i.state === 'failed').length;
    progress.querySelector('[data-field="finished"]').textContent = b.finished ? ' · 已完成' : ' · 处理中，实时更新';
    const names = new Map(b.items.map(i => [i.id, i.fileName]));
    for (const i of b.items) {
      const row = table.querySelector(`tr[data-item="${i.id}"]`);
      if (!row) continue;
      row.dataset.state = i.state;
      cell(row, 'state').textContent = i.stateLabel + (i.attempts > 1 ? `（第 ${i.attempts} 次）` : '');
      cell(row, 'department').textContent = i.department ?? '';
      cell(row, 'year').textContent = i.year ?? '';
      cell(row, 'errors').textContent = i.state === 'checked' ? i.errors : '';
      cell(row, 'warnings').textContent = i.state === 'checked' ? i.warnings : '';
      const outcome = cell(row, 'outcome');
      outcome.replaceChildren();
      if (i.budgetId != null) {
        const a = document.createElement('a');
        a.href = `/budgets/${Number(i.budgetId)}`;
        a.textContent = `第 ${Number(i.budgetId)} 号预算`;
        outcome.append(a);
      } else if (i.reason) {
        const s = document.createElement('span'); s.className = 'reason'; s.textContent = i.reason;
        outcome.append(s);
      }
      if (i.leadItemId != null && i.leadItemId !== i.id && names.has(i.leadItemId))
        outcome.append(document.createTextNode(`（与 ${names.get(i.leadItemId)} 同属一份公开）`));
    }
    return b.finished;
  }

  async function poll() {
    try {
      const r = await fetch(`/api/review/imports/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!r.ok) throw new Error(String(r.status));
      failures = 0;
      if (update(await r.json())) return;
    } catch (e) {
      // A server restarting or a network blip: keep trying, a little slower each time, never more than 10 s apart.
      failures++;
    }
    setTimeout(poll, Math.min(10000, 1500 * (1 + failures)));
  }
  if (table.dataset.finished !== 'true') setTimeout(poll, 1500);
})();
