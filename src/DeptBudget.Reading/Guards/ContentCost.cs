namespace DeptBudget.Reading.Guards;

/// <summary>
/// What drawing each page costs the reader, in bytes of content interpreted: the page's own content
/// streams plus, for every Do, the most costly form it may name (each form counted with everything it
/// draws in turn). Forms that draw themselves, directly or round a loop, and forms nested deeper than
/// the limit are refused; so is a page or a document above the content limits.
/// </summary>
internal sealed class ContentCost(Dictionary<int, PdfObjectFacts> objects, byte[] bytes, Inflater inflater, string where)
{
    private readonly byte[] _bytes = bytes;
    private readonly Dictionary<int, (long Bytes, long Draws)> _streams = [];
    private readonly Dictionary<int, (long Cost, int Depth)> _forms = [];
    private List<int>? _allForms;

    public void CheckPages()
    {
        long total = 0;
        foreach (var (number, page) in objects.Where(o => o.Value.Type == "Page"))
        {
            long cost = 0;
            var draws = 0L;
            foreach (var c in ContentStreams(page))
            {
                var s = Stream(c);
                cost = Add(cost, s.Bytes);
                draws += s.Draws;
            }
            if (draws > 0)
            {
                var children = page.HasResources ? FormsIn(page.Resources) : AllForms();
                cost = Add(cost, Multiply(draws, children.Select(f => Form(f).Cost).DefaultIfEmpty(0).Max()));
            }
            if (cost > Limits.MaxPdfPageContentBytes)
                throw new ReadException($"{where}: PDF 页面（第 {number} 号对象）展开后的内容超过 {Limits.MaxPdfPageContentBytes / (1024 * 1024)} MB（重复引用的图形对象按次计）；拒绝读取");
            total = Add(total, cost);
            if (total > Limits.MaxPdfDocumentContentBytes)
                throw new ReadException($"{where}: PDF 各页展开后的内容合计超过 {Limits.MaxPdfDocumentContentBytes / (1024 * 1024)} MB；拒绝读取");
        }
    }

    // /Contents is a stream, an array of streams, or a reference to such an array.
    private IEnumerable<int> ContentStreams(PdfObjectFacts page) => page.Contents
        .SelectMany(c => objects.TryGetValue(c, out var o) && o.DataStart < 0 ? o.AllRefs : [c])
        .Distinct();

    /// <summary>A form's cost and nesting, computed without recursion (forms may name forms to any depth).</summary>
    private (long Cost, int Depth) Form(int root)
    {
        if (_forms.TryGetValue(root, out var known)) return known;
        var onPath = new HashSet<int> { root };
        var stack = new Stack<(int Form, List<int> Children, int Next)>();
        stack.Push((root, Children(root), 0));
        while (stack.Count > 0)
        {
            var (form, children, next) = stack.Pop();
            if (next < children.Count)
            {
                stack.Push((form, children, next + 1));
                var child = children[next];
                if (onPath.Contains(child))
                    throw new ReadException($"{where}: PDF 图形对象（第 {form} 号）引用自身或成环（经第 {child} 号）；拒绝读取");
                if (_forms.ContainsKey(child)) continue;
                if (stack.Count + 1 > Limits.MaxPdfFormNesting)
                    throw new ReadException($"{where}: PDF 图形对象嵌套超过 {Limits.MaxPdfFormNesting} 层（第 {child} 号对象）；拒绝读取");
                onPath.Add(child);
                stack.Push((child, Children(child), 0));
                continue;
            }
            onPath.Remove(form);
            var own = Stream(form);
            var worst = children.Select(c => _forms[c].Cost).DefaultIfEmpty(0).Max();
            var depth = 1 + children.Select(c => _forms[c].Depth).DefaultIfEmpty(0).Max();
            if (depth > Limits.MaxPdfFormNesting)
                throw new ReadException($"{where}: PDF 图形对象嵌套超过 {Limits.MaxPdfFormNesting} 层（第 {form} 号对象）；拒绝读取");
            _forms[form] = (Add(own.Bytes, Multiply(own.Draws, worst)), depth);
        }
        return _forms[root];
    }

    // The forms a form may draw: those its resources name, or (resources inherited from the page) any form.
    private List<int> Children(int form)
    {
        var facts = objects[form];
        if (Stream(form).Draws == 0) return [];
        return facts.HasResources ? FormsIn(facts.Resources) : AllForms();
    }

    private List<int> AllForms() => _allForms ??= objects.Where(o => IsForm(o.Value)).Select(o => o.Key).ToList();

    private static bool IsForm(PdfObjectFacts o) => o.Subtype == "Form" && o.DataStart >= 0;

    /// <summary>Form XObjects reachable from resource references through plain dictionaries (resources, XObject maps).</summary>
    private List<int> FormsIn(List<int> refs)
    {
        var forms = new List<int>();
        var seen = new HashSet<int>();
        var queue = new Queue<(int Ref, int Hops)>(refs.Select(r => (r, 0)));
        while (queue.Count > 0 && seen.Count < 4096)
        {
            var (r, hops) = queue.Dequeue();
            if (!seen.Add(r) || !objects.TryGetValue(r, out var o)) continue;
            if (IsForm(o)) { forms.Add(r); continue; }
            if (o.DataStart >= 0 || hops >= 3) continue;
            foreach (var next in o.AllRefs) queue.Enqueue((next, hops + 1));
        }
        return forms;
    }

    /// <summary>A content stream's decoded length and Do count, its nesting checked.</summary>
    private (long Bytes, long Draws) Stream(int number)
    {
        if (_streams.TryGetValue(number, out var known)) return known;
        (long, long) result = (0, 0);
        if (objects.TryGetValue(number, out var o) && o.DataStart >= 0 && o.DataStart + o.DataLength <= _bytes.Length)
        {
            var data = inflater.Decode(_bytes.AsSpan(o.DataStart, o.DataLength), o.Filters, where, number);
            if (data is null)
                throw new ReadException($"{where}: PDF 内容流（第 {number} 号对象）的编码 {string.Join("+", o.Filters)} 不受支持；拒绝读取");
            result = (data.Length, Scan(data, number));
        }
        _streams[number] = result;
        return result;
    }

    private long Scan(byte[] data, int number)
    {
        var t = new PdfTokens(data);
        var depth = 0;
        long draws = 0;
        var tokens = 0;
        while (t.Next())
        {
            if ((++tokens & 0xFFFF) == 0) ReadScope.Check(where);
            switch (t.Current)
            {
                case PdfTokens.Kind.ArrayOpen or PdfTokens.Kind.DictOpen:
                    if (++depth > Limits.MaxPdfNesting)
                        throw new ReadException($"{where}: PDF 内容流（第 {number} 号对象）中数组或字典嵌套超过 {Limits.MaxPdfNesting} 层；拒绝读取");
                    break;
                case PdfTokens.Kind.ArrayClose or PdfTokens.Kind.DictClose:
                    depth = Math.Max(0, depth - 1);
                    break;
                case PdfTokens.Kind.Keyword when t.Text == "Do": draws++; break;
                case PdfTokens.Kind.Keyword when t.Text == "ID": t.SkipInlineImage(); break;
            }
        }
        return draws;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
