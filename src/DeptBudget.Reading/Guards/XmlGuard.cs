using System.Xml;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// Walks one XML part with a forward-only reader (constant stack): element nesting over
/// <see cref="Limits.MaxXmlDepth"/> (20,000 nested tables in a 3 KB document) or more elements than
/// <see cref="Limits.MaxXmlElements"/> in the package are refused before the Open XML SDK builds its tree;
/// a DTD (entity expansion) is refused too.
/// </summary>
internal static class XmlGuard
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Returns the package's element count so far, this part's added.</summary>
    public static int Check(Stream part, string where, string name, int elements)
    {
        try
        {
            using var reader = XmlReader.Create(part, Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth >= Limits.MaxXmlDepth)
                    throw new ReadException($"{where}: 部件 {name} 的 XML 元素嵌套超过 {Limits.MaxXmlDepth} 层（第 {LineOf(reader)} 行）；拒绝读取");
                if ((elements & 0xFFFF) == 0) ReadScope.Check(where);
                if (++elements > Limits.MaxXmlElements)
                    throw new ReadException($"{where}: 文档的 XML 元素超过 {Limits.MaxXmlElements:N0} 个（到部件 {name}）；拒绝读取");
            }
        }
        catch (XmlException e)
        {
            throw new ReadException($"{where}: 部件 {name} 不是完好的 XML（第 {e.LineNumber} 行：{e.Message.ReplaceLineEndings(" ")}）");
        }
        return elements;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
