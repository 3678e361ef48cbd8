namespace DeptBudget.Reading.Guards;

/// <summary>
/// The object-level pre-scan of a PDF, before PdfPig sees it. PdfPig walks the page tree and draws
/// form XObjects recursively, and draws each form every time a page names it: a page tree thousands
/// of levels deep overflows the stack (a crash no handler catches), a loop never ends, and a small form
/// drawn by a form drawn by a form … makes millions of letters from a few bytes. So the scan measures
/// what the reader will do, without recursing itself:
/// page-tree depth and loops, form nesting and loops, the nesting inside object and content streams,
/// and the content each page expands to (its streams plus every form it draws, times the times drawn).
/// </summary>
public static class PdfStructure
{
    public static void Check(byte[] bytes, string where)
    {
        var inflater = new Inflater();
        var objects = PdfObjects.Find(bytes, where, inflater);
        CheckTreeDepth(objects, o => o.Kids, Limits.MaxPdfPageTreeDepth, where, "页面树");
        CheckTreeDepth(objects, o => o.Parent is { } p ? [p] : [], Limits.MaxPdfPageTreeDepth, where, "页面树（Parent 链）");
        new ContentCost(objects, bytes, inflater, where).CheckPages();
    }

    /// <summary>The longest path down the links from any object; a loop is refused as well as a depth over the limit.</summary>
    private static void CheckTreeDepth(Dictionary<int, PdfObjectFacts> objects, Func<PdfObjectFacts, List<int>> links, int max, string where, string what)
    {
        var depth = new Dictionary<int, int>();
        var onPath = new HashSet<int>();
        var stack = new Stack<(int Node, int Next)>();
        foreach (var root in objects.Keys)
        {
            if (depth.ContainsKey(root) || links(objects[root]).Count == 0) continue;
            stack.Push((root, 0));
            onPath.Add(root);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var kids = objects.TryGetValue(node, out var o) ? links(o) : [];
                if (next < kids.Count)
                {
                    stack.Push((node, next + 1));
                    var kid = kids[next];
                    if (onPath.Contains(kid))
                        throw new ReadException($"{where}: PDF {what}成环（第 {node} 号对象又指回第 {kid} 号）；拒绝读取");
                    if (depth.ContainsKey(kid) || !objects.ContainsKey(kid)) continue;
                    if (stack.Count + 1 > max)
                        throw new ReadException($"{where}: PDF {what}深度超过 {max} 层（第 {kid} 号对象）；拒绝读取");
                    stack.Push((kid, 0));
                    onPath.Add(kid);
                    continue;
                }
                onPath.Remove(node);
                var d = 1 + kids.Select(k => depth.GetValueOrDefault(k)).DefaultIfEmpty(0).Max();
                if (d > max) throw new ReadException($"{where}: PDF {what}深度超过 {max} 层（第 {node} 号对象）；拒绝读取");
                depth[node] = d;
            }
        }
    }
}
