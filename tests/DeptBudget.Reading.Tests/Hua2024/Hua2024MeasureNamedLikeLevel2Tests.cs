using DeptBudget.Model;

namespace DeptBudget.Reading.Tests.Hua2024;

/// <summary>
/// Seed 004's last two 满意度 measures as a tab-separated form prints them (the 二级 on the first row only):
/// 服务对象满意度 is also a 二级 word, but followed only by ≥95% it is the measure, not a new 二级.
/// </summary>
public class Hua2024MeasureNamedLikeLevel2Tests
{
    [Fact]
    public void Measure_named_like_a_second_level_under_a_blank_second_level_keeps_its_value()
    {
        var text = string.Join('\n',
            "滑县医疗保障局2024年部门预算",
            "部门（单位）整体绩效目标表",
            "部门名称：滑县医疗保障局",
            "年度履职目标\t以习近平新时代中国特色社会主义思想为指导",
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",
            "效益指标\t满意度\t参保群众满意度\t≥95%\t",
            "\t\t服务对象满意度\t≥95%\t");
        var target = DisclosureReader.ReadText(text).Budget.DepartmentTarget!;
        var last = target.Indicators[^1];
        Assert.Equal(("效益指标", "满意度", "服务对象满意度", "≥95%"), (last.Level1, last.Level2, last.Name, last.Value.Text));
    }
}
