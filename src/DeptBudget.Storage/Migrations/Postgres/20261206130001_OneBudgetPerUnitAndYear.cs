using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeptBudget.Storage.Migrations.Postgres
{
    /// <summary>
    /// One budget per unit, year and scope, held by a unique index. A store made before may hold two budgets of one
    /// unit and year (racing imports): the later ones keep every figure and version and are told apart by their
    /// unit name (…（重复，第 N 号）) so that the index can be made and a reviewer can see and resolve them.
    /// </summary>
    public partial class OneBudgetPerUnitAndYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "budgets" SET "UnitName" = substr("UnitName", 1, 180) || '（重复，第 ' || "Id" || ' 号）'
                WHERE "Id" NOT IN (SELECT MIN("Id") FROM "budgets" GROUP BY "Department", "UnitName", "Year", "Scope");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_budgets_Department_UnitName_Year_Scope",
                table: "budgets",
                columns: new[] { "Department", "UnitName", "Year", "Scope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_budgets_Department_UnitName_Year_Scope",
                table: "budgets");
        }
    }
}
