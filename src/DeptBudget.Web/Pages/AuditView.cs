using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Storage;

namespace DeptBudget.Web.Pages;

/// <summary>
/// An audit entry as its readers understand it: the action in Chinese, and each changed value at a place
/// named by table, row and column (附表「一般公共预算支出表」›「教育支出」行 ›「合计」栏) rather than by its JSON
/// path, with values in words (减少, 已提交, 河南格式). The place is read from the disclosure as saved then.
/// </summary>
public static class AuditView
{
    public sealed record Change(string Place, string Before, string After);

    public static string Action(string action) => action switch
    {
        "create" => "新建",
        "edit" => "修改",
        "status" => "状态变更",
        "withdraw" => "撤回提交",
        "region" => "设置地区",
        "recheck" => "重新审核",
        _ when action.StartsWith("user.", StringComparison.Ordinal) => "用户管理",
        _ => "其他操作",
    };

    /// <summary>The changes an entry records, each place named from <paramref name="disclosureJson"/> (the version it saved).</summary>
    public static IReadOnlyList<Change> Changes(AuditEntry a, string? disclosureJson)
    {
        var before = ParseObject(a.Before);
        var after = ParseObject(a.After);
        if (before is null && after is null) return [];
        JsonNode? doc = null;
        try { doc = disclosureJson is null ? null : JsonNode.Parse(disclosureJson); } catch (JsonException) { }
        var paths = (before?.Select(p => p.Key) ?? []).Concat(after?.Select(p => p.Key) ?? []).Distinct();
        return paths.Select(p =>
        {
            var (place, last) = Place(p, doc);
            return new Change(place, Value(last, before?[p]), Value(last, after?[p]));
        }).ToList();
    }

    /// <summary>"$.tables[3].rows[2].cells[1]" → 附表「…」›「…」行 ›「…」栏; also the field name the value belongs to.</summary>
    public static (string Place, string Field) Place(string path, JsonNode? doc)
    {
        var segments = Segments(path);
        var parts = new List<string>();
        JsonNode? node = doc, table = null;
        string? container = null, field = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.StartsWith('['))
            {
                if (!int.TryParse(s[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)) { parts.Add("其他项"); node = null; continue; }
                var item = node is JsonArray arr && index < arr.Count ? arr[index] : null;
                parts.Add(Item(container, index, item, table));
                if (container == "tables") table = item;
                node = item;
                continue;
            }
            // Amount keys may hold dots (lastYear.generalPublicBudget): the longest key the object has wins.
            var take = 1;
            if (node is JsonObject o)
                for (var n = segments.Count - i; n > 1; n--)
                {
                    var joined = string.Join('.', segments.Skip(i).Take(n));
                    if (!segments.Skip(i).Take(n).Any(x => x.StartsWith('[')) && o.ContainsKey(joined)) { take = n; break; }
                }
            var key = string.Join('.', segments.Skip(i).Take(take));
            i += take - 1;
            var parentContainer = container;
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var v) ? v : null;
            container = key;
            field = key;
            // Lists and the table's parts are named by the item that follows; the rest by their own name.
            if (key is "tables" or "rows" or "cells" or "columns" or "sections" or "paragraphs" && i + 1 < segments.Count) continue;
            // The canonical JSON's root wrapper says nothing to a reader.
            if (key == "disclosure" && parts.Count == 0 && i + 1 < segments.Count) continue;
            parts.Add(parentContainer == "amounts" ? FieldNames.Amount(key) : FieldNames.Field(key));
        }
        return (parts.Count == 0 ? "全文" : string.Join(" › ", parts), field ?? "");
    }

    private static string Item(string? container, int index, JsonNode? item, JsonNode? table) => container switch
    {
        "tables" => $"附表「{Text(item, "title") ?? (index + 1).ToString(CultureInfo.InvariantCulture)}」",
        "rows" => Text(item, "name") is { Length: > 0 } name ? $"「{name}」行" : Text(item, "code") is { Length: > 0 } code ? $"「{code}」行" : $"第 {index + 1} 行",
        "cells" => table?["columns"] is JsonArray cols && index < cols.Count && Text(cols[index], "header") is { Length: > 0 } h ? $"「{h}」栏" : $"第 {index + 1} 栏",
        "columns" => $"第 {index + 1} 栏",
        "sections" => Text(item, "title") is { Length: > 0 } t ? $"「{t}」" : $"第 {index + 1} 节",
        "paragraphs" => $"第 {index + 1} 段",
        _ => (Text(item, "name") ?? Text(item, "projectName") ?? Text(item, "functionName") ?? Text(item, "subject") ?? Text(item, "title")) is { Length: > 0 } n
            ? $"「{n}」" : $"第 {index + 1} 项",
    };

    private static string? Text(JsonNode? node, string property) =>
        node is JsonObject o && o.TryGetPropertyValue(property, out var v) && v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : null;

    private static string Value(string field, JsonNode? value) => value switch
    {
        null => "（空）",
        JsonValue v when v.TryGetValue<string>(out var s) => field switch
        {
            "direction" => FieldNames.Direction(s) is { Length: > 0 } d ? d : s,
            "status" => Workflow.TryParse(s, out var st) ? Workflow.Label(st) : s,
            "layout" => RoleNames.LayoutLabel(s),
            "scope" => RoleNames.ScopeLabel(s, ""),
            _ => s.Length == 0 ? "（空）" : s,
        },
        JsonValue v => v.ToJsonString(),
        JsonArray arr => arr.All(x => x is JsonValue) ? string.Join("、", arr.Select(x => Value(field, x))) : $"（{arr.Count} 项）",
        JsonObject o => Text(o, "name") ?? Text(o, "title") ?? Text(o, "subject") ?? "（一组内容）",
        _ => "",
    };

    private static List<string> Segments(string path)
    {
        var result = new List<string>();
        var p = path.StartsWith('$') ? path[1..] : path;
        var i = 0;
        while (i < p.Length)
        {
            if (p[i] == '.') { i++; continue; }
            if (p[i] == '[')
            {
                var end = p.IndexOf(']', i);
                if (end < 0) break;
                result.Add(p[i..(end + 1)]);
                i = end + 1;
                continue;
            }
            var stop = p.IndexOfAny(['.', '['], i);
            if (stop < 0) stop = p.Length;
            result.Add(p[i..stop]);
            i = stop;
        }
        return result;
    }

    private static JsonObject? ParseObject(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonNode.Parse(json) as JsonObject; } catch (JsonException) { return null; }
    }
}
