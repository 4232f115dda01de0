<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>All facts</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>named in the report</source>
        <translation>报告提及</translation>
    </message>
    <message>
        <source>from the gazetteer</source>
        <translation>来自地名录</translation>
    </message>
    <message>
        <source>Chinese name from the gazetteer</source>
        <translation>中文名来自地名录</translation>
    </message>
    <message>
        <source>Chinese name translated by cqdesk</source>
        <translation>中文名由 cqdesk 翻译</translation>
    </message>
    <message>
        <source>Chinese name: the gazetteer&apos;s short name with 综合保税区, cqdesk&apos;s translation of the report&apos;s “comprehensive bonded zone”</source>
        <translation>中文名：地名录中的简称加“综合保税区”，后者是 cqdesk 对报告中“comprehensive bonded zone”的翻译</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>直辖市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Autonomous county</source>
        <translation>自治县</translation>
    </message>
    <message>
        <source>Bonded zone</source>
        <translation>综合保税区</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <source>Project site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>where it lies: stated in the report</source>
        <translation>位置：报告中写明</translation>
    </message>
    <message>
        <source>where it lies: only implied by the report</source>
        <translation>位置：报告仅有暗示</translation>
    </message>
    <message>
        <source>%1 fact</source>
        <translation>%1 条数据</translation>
    </message>
    <message>
        <source>%1 facts</source>
        <translation>%1 条数据</translation>
    </message>
    <message>
        <source>The report gives no figures for it.</source>
        <translation>报告未给出它的数据。</translation>
    </message>
    <message>
        <source>%1, %2 naming it directly.</source>
        <translation>%1，其中 %2 直接提及它。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部地点</translation>
    </message>
    <message>
        <source>Nothing copied: select facts in the table first.</source>
        <translation>未复制：请先在表格中选择数据。</translation>
    </message>
    <message>
        <source>Copied %1 as a table (TSV and HTML, with the citation).</source>
        <translation>已将%1复制为表格（TSV 和 HTML，附引用）。</translation>
    </message>
    <message>
        <source>Copying %1 facts…</source>
        <translation>正在复制 %1 条数据…</translation>
    </message>
    <message>
        <source>Copy cancelled; the clipboard is as it was.</source>
        <translation>已取消复制；剪贴板保持原样。</translation>
    </message>
    <message>
        <source>Copied %1 as a Markdown table with a citation footnote.</source>
        <translation>已将%1复制为 Markdown 表格，附引用脚注。</translation>
    </message>
    <message>
        <source>the numbers of %1, one per line</source>
        <translation>%1的数值，每行一个</translation>
    </message>
    <message>
        <source>the values of %1 as printed</source>
        <translation>%1的原文数值</translation>
    </message>
    <message>
        <source>Nothing copied: %1 is a statement with no number.</source>
        <translation>未复制：%1是没有数值的陈述。</translation>
    </message>
    <message>
        <source>Nothing copied: none of %1 has a number.</source>
        <translation>未复制：%1均没有数值。</translation>
    </message>
    <message>
        <source>Copied %1 (%2).</source>
        <translation>已复制 %1（%2）。</translation>
    </message>
    <message>
        <source>, %1 left blank for statements</source>
        <translation>，%1 条陈述留空</translation>
    </message>
    <message>
        <source>Copied %1%2.</source>
        <translation>已复制%1%2。</translation>
    </message>
    <message>
        <source>Nothing copied: choose a fact in the table first.</source>
        <translation>未复制：请先在表格中选择一条数据。</translation>
    </message>
    <message>
        <source>Copied %1 with its formula and the citations of its inputs (derived).</source>
        <translation>已复制%1及其公式和输入数据的引用（推算）。</translation>
    </message>
    <message>
        <source>Copied the quote of %1 with its citation.</source>
        <translation>已复制%1的原文引语及引用。</translation>
    </message>
    <message>
        <source>Exporting the view to %1…</source>
        <translation>正在将视图导出到 %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source> for Excel</source>
        <translation>（Excel 用）</translation>
    </message>
    <message>
        <source>Export view as %1</source>
        <translation>将视图导出为 %1</translation>
    </message>
    <message>
        <source>%1 files (*%2);;All files (*)</source>
        <translation>%1 文件 (*%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>Excel 用 CSV</translation>
    </message>
    <message>
        <source>Exported %1, to %2</source>
        <translation>已导出%1，至 %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.

Nothing was exported. %3 Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。

未导出任何内容。%3请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.

Nothing was exported. Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。

未导出任何内容。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search facts</source>
        <translation>搜索数据(&amp;S)</translation>
    </message>
    <message>
        <source>Find a &amp;place</source>
        <translation>查找地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>清除全部筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Facts table</source>
        <translation>数据表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Source text</source>
        <translation>原文(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the filters and fact you looked at before</source>
        <translation>回到之前查看的筛选条件和数据</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>再次前进</translation>
    </message>
    <message>
        <source>&amp;Widen this pane</source>
        <translation>加宽此窗格(&amp;W)</translation>
    </message>
    <message>
        <source>Give the focused pane more room</source>
        <translation>给当前焦点窗格更多空间</translation>
    </message>
    <message>
        <source>Narro&amp;w this pane</source>
        <translation>收窄此窗格(&amp;W)</translation>
    </message>
    <message>
        <source>Give the focused pane less room</source>
        <translation>给当前焦点窗格更少空间</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious pane</source>
        <translation>上一个窗格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About cqdesk</source>
        <translation>关于 cqdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reopen database</source>
        <translation>重新打开数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Read the database file again, as it is on disk now</source>
        <translation>按磁盘上当前的内容重新读取数据库文件</translation>
    </message>
    <message>
        <source>&amp;Check the database file…</source>
        <translation>检查数据库文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Read every page of the database file to find any damage (slow on a big file)</source>
        <translation>读取数据库文件的每一页以查找损坏（文件较大时较慢）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table with a header</source>
        <translation>将所选行复制为带表头的表格</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>复制数值(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the value alone, plain</source>
        <translation>只复制数值，不带格式</translation>
    </message>
    <message>
        <source>Copy as &amp;printed</source>
        <translation>按原文复制(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the value as the report prints it, with qualifier and unit</source>
        <translation>按报告原文复制数值，带限定词和单位</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>连同引用复制(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the current fact&apos;s quote (or derivation) with the source citation</source>
        <translation>复制当前数据的原文引语（或推算过程）及来源引用</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the selected rows as a Markdown table with a citation footnote</source>
        <translation>将所选行复制为带引用脚注的 Markdown 表格</translation>
    </message>
    <message>
        <source>Export view as &amp;CSV…</source>
        <translation>将视图导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export view as CSV for &amp;Excel…</source>
        <translation>将视图导出为 Excel 用 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>CSV with a byte-order mark, so Excel reads Chinese text</source>
        <translation>带字节顺序标记的 CSV，Excel 可正确读取中文</translation>
    </message>
    <message>
        <source>Export view as &amp;JSON…</source>
        <translation>将视图导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export view as &amp;Markdown…</source>
        <translation>将视图导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>将图表保存为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Save the chart on the Charts tab as a PNG image, with its title and source</source>
        <translation>将“图表”标签页中的图表保存为 PNG 图片，带标题和来源</translation>
    </message>
    <message>
        <source>Save chart as S&amp;VG…</source>
        <translation>将图表保存为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the chart on the Charts tab as an SVG drawing, with its title and source</source>
        <translation>将“图表”标签页中的图表保存为 SVG 矢量图，带标题和来源</translation>
    </message>
    <message>
        <source>Copy c&amp;hart image</source>
        <translation>复制图表图片(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the chart on the Charts tab as an image</source>
        <translation>将“图表”标签页中的图表复制为图片</translation>
    </message>
    <message>
        <source>Show chart as &amp;table</source>
        <translation>以表格显示图表(&amp;T)</translation>
    </message>
    <message>
        <source>List the bars of the chart on the Charts tab in a table, with values and kinds</source>
        <translation>以表格列出“图表”标签页中图表的柱条，带数值和类型</translation>
    </message>
    <message>
        <source>Export chart &amp;data as CSV…</source>
        <translation>将图表数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the bars of the chart on the Charts tab as CSV, with its title and source</source>
        <translation>将“图表”标签页中图表的柱条保存为 CSV，带标题和来源</translation>
    </message>
    <message>
        <source>Save &amp;map as PNG…</source>
        <translation>将地图保存为 PNG(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the tile map as a PNG image, with its title, legend and what it shows</source>
        <translation>将方块地图保存为 PNG 图片，带标题、图例和所示内容</translation>
    </message>
    <message>
        <source>Save map as SV&amp;G…</source>
        <translation>将地图保存为 SVG(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the tile map as an SVG drawing, with its title, legend and what it shows</source>
        <translation>将方块地图保存为 SVG 矢量图，带标题、图例和所示内容</translation>
    </message>
    <message>
        <source>Follow the &amp;system language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>English(&amp;E)</translation>
    </message>
    <message>
        <source>中文（简体）(&amp;Z)</source>
        <translation>中文（简体）(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Print view…</source>
        <translation>打印视图(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the facts of the current view</source>
        <translation>打印当前视图中的数据</translation>
    </message>
    <message>
        <source>Print f&amp;act…</source>
        <translation>打印数据(&amp;A)…</translation>
    </message>
    <message>
        <source>Print the current fact with its quote and citation</source>
        <translation>打印当前数据及其原文引语和引用</translation>
    </message>
    <message>
        <source>Save view as P&amp;DF…</source>
        <translation>将视图保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The facts of the current view as a PDF</source>
        <translation>将当前视图中的数据保存为 PDF</translation>
    </message>
    <message>
        <source>Save fact as PD&amp;F…</source>
        <translation>将数据保存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>The current fact with its quote and citation as a PDF</source>
        <translation>将当前数据及其原文引语和引用保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language 语言</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Nothing saved: no chart is drawn.</source>
        <translation>未保存：没有绘制任何图表。</translation>
    </message>
    <message>
        <source>Save chart as %1</source>
        <translation>将图表保存为 %1</translation>
    </message>
    <message>
        <source>%1 images (*%2);;All files (*)</source>
        <translation>%1 图片 (*%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved the chart “%1” as %2 to %3</source>
        <translation>已将图表“%1”保存为 %2，位于 %3</translation>
    </message>
    <message>
        <source>Nothing copied: no chart is drawn.</source>
        <translation>未复制：没有绘制任何图表。</translation>
    </message>
    <message>
        <source>Copied the chart “%1” as an image.</source>
        <translation>已将图表“%1”复制为图片。</translation>
    </message>
    <message>
        <source>Could not save the chart to “%1”: %2.

Nothing was saved. %3 Choose another folder or file name.</source>
        <translation>无法将图表保存到“%1”：%2。

未保存任何内容。%3请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. Choose another folder or file name.</source>
        <translation>%1

未保存任何内容。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The charts of the chosen category. Arrow keys walk the bars, Enter selects a bar&apos;s fact, Ctrl+T shows the chart as a table.</source>
        <translation>所选类别的图表。方向键逐个浏览柱条，Enter 选择柱条对应的数据，Ctrl+T 以表格显示图表。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Chooses which of the category&apos;s charts is shown.</source>
        <translation>选择显示该类别的哪一个图表。</translation>
    </message>
    <message>
        <source>Charts of this category</source>
        <translation>此类别的图表</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>没有可保存的图表。</translation>
    </message>
    <message>
        <source>No charts for this category.</source>
        <translation>此类别没有图表。</translation>
    </message>
    <message>
        <source>This version of cqdesk cannot draw charts of the kind “%1”.</source>
        <translation>此版本的 cqdesk 无法绘制“%1”类图表。</translation>
    </message>
    <message>
        <source>No chart is drawn.</source>
        <translation>没有绘制图表。</translation>
    </message>
    <message>
        <source>Outside the current filters</source>
        <translation>不在当前筛选范围内</translation>
    </message>
    <message>
        <source>Bar %1 of %2.</source>
        <translation>第 %1 条柱条，共 %2 条。</translation>
    </message>
    <message>
        <source>Charts can be saved as .png or .svg, not “%s”.</source>
        <translation>图表只能保存为 .png 或 .svg，不能保存为“%s”。</translation>
    </message>
    <message>
        <source>The chart could not be drawn as a PNG image.</source>
        <translation>无法将图表绘制为 PNG 图片。</translation>
    </message>
    <message>
        <source>Reported in the source</source>
        <translation>来源报告中的数据</translation>
    </message>
    <message>
        <source>Published figure, cited</source>
        <translation>已公布的数据，引用</translation>
    </message>
    <message>
        <source>Derived: computed from reported figures</source>
        <translation>推算：由报告数据计算得出</translation>
    </message>
    <message>
        <source>≥ Lower bound: at least this much</source>
        <translation>≥ 下限：至少为此数</translation>
    </message>
    <message>
        <source>Lower bound: at least this much</source>
        <translation>下限：至少为此数</translation>
    </message>
    <message>
        <source>Qualifier: %s</source>
        <translation>限定：%s</translation>
    </message>
    <message>
        <source>%ss</source>
        <translation>%s</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1: %2. %3. %4</source>
        <translation>%1：%2。%3。%4</translation>
    </message>
    <message>
        <source>The chart “%s” has no bars, so there is nothing to draw.</source>
        <translation>图表“%s”没有柱条，无可绘制。</translation>
    </message>
    <message>
        <source>The chart “%s” cannot be drawn: the bar “%s” has no finite value (%s).</source>
        <translation>图表“%s”无法绘制：柱条“%s”没有有限的数值（%s）。</translation>
    </message>
    <message>
        <source>Source: %s, %s</source>
        <translation>来源：%s，%s</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Published figure from another publication, cited</source>
        <translation>其他出版物公布的数据，引用</translation>
    </message>
    <message>
        <source>Reading: %s. %s</source>
        <translation>解读：%s。%s</translation>
    </message>
    <message>
        <source>Bar chart of one bar, in %1.</source>
        <translation>只有一条柱条的柱状图，单位：%1。</translation>
    </message>
    <message>
        <source>Bar chart of %1 bars, in %2.</source>
        <translation>有 %1 条柱条的柱状图，单位：%2。</translation>
    </message>
    <message>
        <source>Largest: %1.</source>
        <translation>最大：%1。</translation>
    </message>
    <message>
        <source>Smallest: %1.</source>
        <translation>最小：%1。</translation>
    </message>
    <message>
        <source>One bar is derived by cqdesk from reported figures.</source>
        <translation>有一条柱条由 cqdesk 根据报告数据推算。</translation>
    </message>
    <message>
        <source>%1 bars are derived by cqdesk from reported figures.</source>
        <translation>有 %1 条柱条由 cqdesk 根据报告数据推算。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Show as table: Ctrl+T.</source>
        <translation>以表格显示：Ctrl+T。</translation>
    </message>
    <message>
        <source>Sources: %s</source>
        <translation>来源：%s</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>Source of the inputs</source>
        <translation>输入数据的来源</translation>
    </message>
    <message>
        <source>Sources of the inputs</source>
        <translation>输入数据的来源</translation>
    </message>
    <message>
        <source>derived by cqdesk, not stated in the source</source>
        <translation>由 cqdesk 推算，来源中未写明</translation>
    </message>
    <message>
        <source>a reference figure from another publication, cited, not quoted</source>
        <translation>其他出版物的参考数据，引用而非原文引语</translation>
    </message>
    <message>
        <source>%1; inputs: %2. %3</source>
        <translation>%1；输入数据：%2。%3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Published by %1.</source>
        <translation>发布：%1。</translation>
    </message>
    <message>
        <source>Statement by %1; published by %2.</source>
        <translation>声明：%1；发布：%2。</translation>
    </message>
    <message>
        <source>Statement by %1, %2; published by %3.</source>
        <translation>声明：%1，%2；发布：%3。</translation>
    </message>
    <message>
        <source>cqdesk fact: %1</source>
        <translation>cqdesk 数据：%1</translation>
    </message>
    <message>
        <source>Figures from %1</source>
        <translation>数据来自%1</translation>
    </message>
    <message>
        <source>cqdesk&apos;s data (%1): CC BY 4.0, %2. %3 cqdesk&apos;s code: MIT licence.</source>
        <translation>cqdesk 的数据（%1）：CC BY 4.0，%2。%3cqdesk 的代码：MIT 许可证。</translation>
    </message>
    <message>
        <source>labels, translations, derived figures, categories, places, links and structure</source>
        <translation>名称、译名、推算数据、类别、地点、关联和结构</translation>
    </message>
    <message>
        <source>The report&apos;s text and every quote from it remain %1&apos;s, bundled unchanged with that attribution so that each figure can be cited in its own words.</source>
        <translation>报告的文字及其中的每一句引语仍归%1所有，连同署名原样收录，以便每个数据都能以原话引用。</translation>
    </message>
    <message>
        <source>%1 as %2%3, %4</source>
        <translation>%1（%2）%3，%4</translation>
    </message>
    <message>
        <source>, filtered by %1</source>
        <translation>，筛选条件：%1</translation>
    </message>
    <message>
        <source>, no filters</source>
        <translation>，无筛选</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别为%1</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>地点为%1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>机构为%1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>in the report order</source>
        <translation>按报告中的顺序</translation>
    </message>
    <message>
        <source>sorted by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1，倒序</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fact id</source>
        <translation>数据 id</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告数据</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推算数据</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>reported, no quote</source>
        <translation>报告数据，无原文引语</translation>
    </message>
    <message>
        <source>statement, no quote</source>
        <translation>陈述，无原文引语</translation>
    </message>
    <message>
        <source>derived, no quote</source>
        <translation>推算数据，无原文引语</translation>
    </message>
    <message>
        <source>reference, no quote</source>
        <translation>参考数据，无原文引语</translation>
    </message>
    <message>
        <source>Describes</source>
        <translation>所描述的数据</translation>
    </message>
    <message>
        <source>Described by</source>
        <translation>描述它的数据</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>被以下数据使用</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文引语</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Table of the chart “%1”</source>
        <translation>图表“%1”的表格</translation>
    </message>
    <message>
        <source>One row a bar: its label, value as printed, qualifier, unit and kind.</source>
        <translation>每行一条柱条：名称、原文数值、限定、单位和类型。</translation>
    </message>
    <message>
        <source>Chart as table — %1</source>
        <translation>图表表格 — %1</translation>
    </message>
    <message>
        <source>Chart as table: %1</source>
        <translation>图表表格：%1</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>图表标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the bars as a table with the citation (Ctrl+C)</source>
        <translation>将柱条连同引用复制为表格（Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the bars as CSV, with the title and the source</source>
        <translation>将柱条保存为 CSV，带标题和来源</translation>
    </message>
    <message>
        <source>Fact detail</source>
        <translation>数据详情</translation>
    </message>
    <message>
        <source>The current fact in order: its kind, label and value, then its details, its quote from the report and the source&apos;s citation. Tab moves through its links.</source>
        <translation>当前数据依次为：类型、名称和数值，然后是详情、报告原文引语和来源引用。Tab 键在其链接间移动。</translation>
    </message>
    <message>
        <source>Choose a fact in the table to see its value, its quote and where it comes from.</source>
        <translation>在表格中选择一条数据，即可查看其数值、原文引语和出处。</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>当前筛选</translation>
    </message>
    <message>
        <source>One button per filter; pressing it removes that filter.</source>
        <translation>每个筛选一个按钮；按下即移除该筛选。</translation>
    </message>
    <message>
        <source>Remove this filter: %1</source>
        <translation>移除此筛选：%1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every filter (Ctrl+Shift+X)</source>
        <translation>移除全部筛选（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <source>Showing %1 of %2 fact</source>
        <translation>显示 %1 条，共 %2 条数据</translation>
    </message>
    <message>
        <source>Showing %1 of %2 facts</source>
        <translation>显示 %1 条，共 %2 条数据</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>no filters</source>
        <translation>无筛选</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation>（%1 下）</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>No facts match “%1”%2.</source>
        <translation>没有与“%1”匹配的数据%2。</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>（在%1中）</translation>
    </message>
    <message>
        <source>The report says nothing about %1%2.</source>
        <translation>报告未提及%1%2。</translation>
    </message>
    <message>
        <source>The report gives no figures for %1%2.</source>
        <translation>报告未给出%1的数据%2。</translation>
    </message>
    <message>
        <source>The report gives no figures%1.</source>
        <translation>报告未给出数据%1。</translation>
    </message>
    <message>
        <source>The database holds no facts.</source>
        <translation>数据库中没有数据。</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>the place filter</source>
        <translation>地点筛选</translation>
    </message>
    <message>
        <source>the organisation filter</source>
        <translation>机构筛选</translation>
    </message>
    <message>
        <source>the category filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Cleared %1 to show the chosen fact; Back (%2) brings the filters back.</source>
        <translation>已清除%1，以显示所选数据；后退（%2）可恢复筛选。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <source>Find a place (Banan, 巴南)…</source>
        <translation>查找地点（巴南、Banan）…</translation>
    </message>
    <message>
        <source>Narrows the place tree by English or Chinese name; Enter chooses the first match, Down moves into the tree.</source>
        <translation>按英文或中文名称缩小地点树；Enter 选择第一个匹配项，向下键进入地点树。</translation>
    </message>
    <message>
        <source>Chongqing, its districts and their parks, each with its number of facts; choosing one shows its facts in the table.</source>
        <translation>重庆市、各区县及其园区，各带数据条数；选择其一即在表格中显示其数据。</translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation>搜索数据</translation>
    </message>
    <message>
        <source>Searches the facts as you type: words, places and numbers; Escape clears it.</source>
        <translation>边输入边搜索数据：词语、地点和数字；Esc 清除。</translation>
    </message>
    <message>
        <source>Search facts: words, places, numbers (Ctrl+F)</source>
        <translation>搜索数据：词语、地点、数字（Ctrl+F）</translation>
    </message>
    <message>
        <source>cqdesk %1</source>
        <translation>cqdesk %1</translation>
    </message>
    <message>
        <source>An offline reference for Chongqing&apos;s 2020 e-commerce figures: every figure is traced to the words of its source.</source>
        <translation>重庆市2020年电子商务数据的离线参考工具：每个数据都可追溯到来源原文。</translation>
    </message>
    <message>
        <source>reported fact</source>
        <translation>条报告数据</translation>
    </message>
    <message>
        <source>reported facts</source>
        <translation>条报告数据</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>条陈述</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>条陈述</translation>
    </message>
    <message>
        <source>derived fact</source>
        <translation>条推算数据</translation>
    </message>
    <message>
        <source>derived facts</source>
        <translation>条推算数据</translation>
    </message>
    <message>
        <source>reference figure</source>
        <translation>条参考数据</translation>
    </message>
    <message>
        <source>reference figures</source>
        <translation>条参考数据</translation>
    </message>
    <message>
        <source>Database (read-only): %1</source>
        <translation>数据库（只读）：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Reference figures (cited, not quoted) from:</source>
        <translation>参考数据（引用而非原文引语）来自：</translation>
    </message>
    <message>
        <source>Code: MIT licence.</source>
        <translation>代码：MIT 许可证。</translation>
    </message>
    <message>
        <source>cqdesk&apos;s data (labels, translations, derived figures, structure): %1, %2</source>
        <translation>cqdesk 的数据（标签、译文、推算数字、结构）：%1，%2</translation>
    </message>
    <message>
        <source>The report&apos;s text and its quotes remain %1&apos;s, bundled unchanged for citation.</source>
        <translation>报告原文及其引文归%1所有，原样附带，仅供引用。</translation>
    </message>
    <message>
        <source>its publisher</source>
        <translation>其发布方</translation>
    </message>
    <message>
        <source>About cqdesk</source>
        <translation>关于 cqdesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>cqdesk cannot open the database</source>
        <translation>cqdesk 无法打开数据库</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>there is no %1 with id “%2” in this database</source>
        <translation>此数据库中没有 id 为“%2”的%1</translation>
    </message>
    <message>
        <source>the fact “%1” is not among the facts these filters show; leave out --fact or %2</source>
        <translation>数据“%1”不在这些筛选条件显示的数据之中；请去掉 --fact 或%2</translation>
    </message>
    <message>
        <source>“%1” has no words or numbers to search for.</source>
        <translation>“%1”中没有可搜索的词语或数字。</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>cqdesk — %1</source>
        <translation>cqdesk — %1</translation>
    </message>
    <message>
        <source>Sent “%1” to the printer.</source>
        <translation>已将“%1”发送到打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.

Nothing was saved. %3</source>
        <translation>无法写入“%1”：%2。

未保存任何内容。%3</translation>
    </message>
    <message>
        <source>Saved “%1” as a PDF, %2</source>
        <translation>已将“%1”保存为 PDF，%2</translation>
    </message>
    <message>
        <source>Source, charts and map</source>
        <translation>原文、图表和地图</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The Chinese translation is missing from this installation; cqdesk stays in English.</source>
        <translation>此安装中缺少中文翻译；cqdesk 仍以英文显示。</translation>
    </message>
    <message>
        <source>The database can no longer be read: %1</source>
        <translation>数据库已无法读取：%1</translation>
    </message>
    <message>
        <source>The map can be saved as .png or .svg, not “%1”.</source>
        <translation>地图只能保存为 .png 或 .svg，不能保存为“%1”。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The map could not be drawn as %1.</source>
        <translation>无法将地图绘制为 %1。</translation>
    </message>
    <message>
        <source>Save map as %1</source>
        <translation>将地图保存为 %1</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>地图未保存</translation>
    </message>
    <message>
        <source>Could not save the map to “%1”: %2.

Nothing was saved. %3 Choose another folder or file name.</source>
        <translation>无法将地图保存到“%1”：%2。

未保存任何内容。%3请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Saved the map as %1 to %2</source>
        <translation>已将地图保存为 %1，位于 %2</translation>
    </message>
    <message>
        <source>Facts about each division and its parks</source>
        <translation>各区县及其园区的数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a park or zone the report places there</source>
        <translation>报告指明位于该处的园区或保税区</translation>
    </message>
    <message>
        <source>a park or zone placed by gazetteer knowledge, not the report</source>
        <translation>依据地名录（而非报告）定位的园区或保税区</translation>
    </message>
    <message>
        <source>thick frame: the current place filter</source>
        <translation>粗框：当前地点筛选</translation>
    </message>
    <message>
        <source>Point at a tile or move with the arrow keys to read about it; click or Enter filters by it, Space steps to its parks, Esc clears the place.</source>
        <translation>指向方块或用方向键移动即可查看说明；单击或按 Enter 按该地筛选，空格键逐个切换其园区，Esc 清除地点。</translation>
    </message>
    <message>
        <source>1 fact</source>
        <translation>1 条数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. No facts about it match the other filters.</source>
        <translation>%1。没有与其他筛选条件匹配的相关数据。</translation>
    </message>
    <message>
        <source>%1. The report gives no figures for %2.</source>
        <translation>%1。报告未给出%2的数据。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 — parks and zones: %2</source>
        <translation>%1 — 园区和保税区：%2</translation>
    </message>
    <message>
        <source>placed in %1 by gazetteer knowledge; the report does not say where it is</source>
        <translation>依据地名录定位于%1；报告未说明其位置</translation>
    </message>
    <message>
        <source>the report places it in %1</source>
        <translation>报告指明其位于%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>1 fact about Chongqing as a whole, not about one district or county</source>
        <translation>1 条关于重庆全市（而非某一区县）的数据</translation>
    </message>
    <message>
        <source>%1 facts about Chongqing as a whole, not about one district or county</source>
        <translation>%1 条关于重庆全市（而非某一区县）的数据</translation>
    </message>
    <message>
        <source>Facts by district and county, Chongqing 2020</source>
        <translation>重庆市2020年各区县数据</translation>
    </message>
    <message>
        <source>Shading: the number of the report&apos;s facts about each district or county and the parks inside it</source>
        <translation>深浅：报告中关于各区县及其境内园区的数据条数</translation>
    </message>
    <message>
        <source>, under %1</source>
        <translation>，类别：%1</translation>
    </message>
    <message>
        <source>. Tiles are equal in size and placed as the divisions lie; no borders.</source>
        <translation>。方块大小相同，按各区县的相对位置排列；不表示边界。</translation>
    </message>
    <message>
        <source> Framed: %1.</source>
        <translation> 框选：%1。</translation>
    </message>
    <message>
        <source>Tile map of Chongqing&apos;s districts and counties</source>
        <translation>重庆市区县方块地图</translation>
    </message>
    <message>
        <source>the database to open (default: the bundled data.db)</source>
        <translation>要打开的数据库（默认：自带的 data.db）</translation>
    </message>
    <message>
        <source>only facts in this category (and below)</source>
        <translation>只列出此类别（及其子类别）中的数据</translation>
    </message>
    <message>
        <source>only facts about this place (and inside it)</source>
        <translation>只列出关于此地点（及其境内）的数据</translation>
    </message>
    <message>
        <source> Did you mean %1?</source>
        <translation>是否要找：%1？</translation>
    </message>
    <message>
        <source>nothing to search for in %1: give a word or a number.</source>
        <translation>%1 中没有可搜索的内容：请给出一个词或数字。</translation>
    </message>
    <message>
        <source>no category with id %1.%2</source>
        <translation>没有 id 为 %1 的类别。%2</translation>
    </message>
    <message>
        <source>no place with id %1.%2</source>
        <translation>没有 id 为 %1 的地点。%2</translation>
    </message>
    <message>
        <source>order of the facts (default: position, the report&apos;s order)</source>
        <translation>数据的排序（默认：position，即报告中的顺序）</translation>
    </message>
    <message>
        <source>reverse the order</source>
        <translation>倒序排列</translation>
    </message>
    <message>
        <source>write the facts of a view as CSV, JSON or Markdown, or a data package</source>
        <translation>将视图中的数据写为 CSV、JSON 或 Markdown，或写为数据包</translation>
    </message>
    <message>
        <source>Write the facts that the filters select, in the chosen order, to FILE or to standard output; --format datapackage writes the whole database as a Frictionless Data Package (CSV tables, the source text and datapackage.json) to the folder -o DIR.</source>
        <translation>按所选顺序将筛选出的数据写入 FILE 或标准输出；--format datapackage 将整个数据库写为 Frictionless 数据包（CSV 表格、来源原文和 datapackage.json），存入文件夹 -o DIR。</translation>
    </message>
    <message>
        <source>the format to write (default: csv)</source>
        <translation>要写出的格式（默认：csv）</translation>
    </message>
    <message>
        <source>only facts matching TEXT</source>
        <translation>只列出与 TEXT 匹配的数据</translation>
    </message>
    <message>
        <source>CSV only: start with a byte-order mark so Excel reads Chinese text</source>
        <translation>仅限 CSV：以字节顺序标记开头，使 Excel 正确读取中文</translation>
    </message>
    <message>
        <source>the file to write (default: standard output); for datapackage, the folder</source>
        <translation>要写入的文件（默认：标准输出）；datapackage 则为文件夹</translation>
    </message>
    <message>
        <source>the file that was there is unchanged</source>
        <translation>原有文件未改动</translation>
    </message>
    <message>
        <source>no file was created</source>
        <translation>未创建任何文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2; %3.</source>
        <translation>无法写入 %1：%2；%3。</translation>
    </message>
    <message>
        <source>a data package holds the whole database: drop the filters and --sort.</source>
        <translation>数据包包含整个数据库：请去掉筛选条件和 --sort。</translation>
    </message>
    <message>
        <source>--bom applies to --format csv only.</source>
        <translation>--bom 只适用于 --format csv。</translation>
    </message>
    <message>
        <source>%1, written to %2</source>
        <translation>%1，已写入 %2</translation>
    </message>
    <message>
        <source>cqdesk export: %1</source>
        <translation>cqdesk export: %1</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: 错误：%(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>build data.db from resources/</source>
        <translation>由 resources/ 生成 data.db</translation>
    </message>
    <message>
        <source>the resources folder</source>
        <translation>resources 文件夹</translation>
    </message>
    <message>
        <source>the database to write</source>
        <translation>要写入的数据库</translation>
    </message>
    <message>
        <source>first add the code&apos;s new strings to resources/translations/*.ts (lupdate)</source>
        <translation>先将代码中的新字符串加入 resources/translations/*.ts（lupdate）</translation>
    </message>
    <message>
        <source>Browse Chongqing&apos;s 2020 e-commerce figures, offline.</source>
        <translation>离线浏览重庆市2020年电子商务数据。</translation>
    </message>
    <message>
        <source>print the versions of cqdesk, Qt, PySide6, pyqtgraph and SQLite, and exit</source>
        <translation>显示 cqdesk、Qt、PySide6、pyqtgraph 和 SQLite 的版本后退出</translation>
    </message>
    <message>
        <source>render the window offscreen to FILE.png and exit</source>
        <translation>在屏幕外将窗口渲染为 FILE.png 并退出</translation>
    </message>
    <message>
        <source>with --screenshot: the category to select</source>
        <translation>与 --screenshot 一起使用：要选择的类别</translation>
    </message>
    <message>
        <source>with --screenshot: the place to filter by</source>
        <translation>与 --screenshot 一起使用：按此地点筛选</translation>
    </message>
    <message>
        <source>with --screenshot: the search text</source>
        <translation>与 --screenshot 一起使用：搜索文本</translation>
    </message>
    <message>
        <source>with --screenshot: the fact to select</source>
        <translation>与 --screenshot 一起使用：要选择的数据</translation>
    </message>
    <message>
        <source>with --screenshot: show the Charts tab</source>
        <translation>与 --screenshot 一起使用：显示“图表”标签页</translation>
    </message>
    <message>
        <source>the language of the window and of this help (default: the saved choice, else the system&apos;s)</source>
        <translation>窗口和本帮助的语言（默认：已保存的选择，否则为系统语言）</translation>
    </message>
    <message>
        <source>cqdesk build: %1</source>
        <translation>cqdesk build: %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>cqdesk: interrupted</source>
        <translation>cqdesk: 已中断</translation>
    </message>
    <message>
        <source>details in %1</source>
        <translation>详情见 %1</translation>
    </message>
    <message>
        <source>no log could be written</source>
        <translation>无法写入日志</translation>
    </message>
    <message>
        <source>cqdesk: unexpected error: %1 (%2)</source>
        <translation>cqdesk: 意外错误：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (bounds both ways)</source>
        <translation>%1（上下限并存）</translation>
    </message>
    <message>
        <source>about %1 or more</source>
        <translation>约%1或更多</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>超过%1</translation>
    </message>
    <message>
        <source>about %1 or less</source>
        <translation>约%1或更少</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>sum %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>no sum: these do not add up</source>
        <translation>不求和：这些数据不能相加</translation>
    </message>
    <message>
        <source>%1 derived</source>
        <translation>%1 条推算</translation>
    </message>
    <message>
        <source>Mixed units, each summed alone: %1</source>
        <translation>单位不同，各自求和：%1</translation>
    </message>
    <message>
        <source>%1 derived (computed from other figures)</source>
        <translation>%1 条推算（由其他数据计算得出）</translation>
    </message>
    <message>
        <source>%1 without a number</source>
        <translation>%1 条没有数值</translation>
    </message>
    <message>
        <source>%1 rows selected</source>
        <translation>已选择 %1 行</translation>
    </message>
    <message>
        <source>mixed units</source>
        <translation>单位不同</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选择 %1 条</translation>
    </message>
    <message>
        <source>no figure (a statement)</source>
        <translation>无数值（陈述）</translation>
    </message>
    <message>
        <source>qualifier: %1</source>
        <translation>限定：%1</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>S&amp;ort facts by</source>
        <translation>数据排序方式(&amp;O)</translation>
    </message>
    <message>
        <source>The &amp;report&apos;s order</source>
        <translation>报告中的顺序(&amp;R)</translation>
    </message>
    <message>
        <source>No chart is drawn, so there is no table to show.</source>
        <translation>没有绘制图表，因此没有表格可显示。</translation>
    </message>
    <message>
        <source>Nothing exported: no chart is drawn.</source>
        <translation>未导出：没有绘制图表。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported the %1 bars of “%2” as CSV to %3</source>
        <translation>已将“%2”的 %1 条柱条导出为 CSV，位于 %3</translation>
    </message>
    <message>
        <source>Chart data not exported</source>
        <translation>图表数据未导出</translation>
    </message>
    <message>
        <source>Facts shown</source>
        <translation>显示的数据</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最近的提示</translation>
    </message>
    <message>
        <source>%s: published figure, cited</source>
        <translation>%s：已公布的数据，引用</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>%1 What the window shows stays as it was read. Reopen once the file is back or the other program has finished (File ▸ Reopen database).</source>
        <translation>%1 窗口中显示的内容保持读取时的样子。待文件恢复或其他程序完成后，请重新打开（文件 › 重新打开数据库）。</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>详细信息已写入 %1。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>cqdesk ran into an unexpected error and carried on.

%1
at %2

%3</source>
        <translation>cqdesk 遇到意外错误，已继续运行。

%1
位于 %2

%3</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>%1 more errors since; each is in the log.</source>
        <translation>此后又有 %1 个错误；每个都记入了日志。</translation>
    </message>
    <message>
        <source>The database cannot be reopened</source>
        <translation>无法重新打开数据库</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>已重新打开 %1</translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 1 when nothing matched or on an error the message explains (an unknown id, a missing or damaged database, an unwritable file); 2 for a bad command line. Data goes to standard output, messages to standard error.</source>
        <translation>退出状态：0 表示成功；1 表示没有匹配的结果，或出现消息中说明的错误（未知的 id、数据库缺失或损坏、文件无法写入）；2 表示命令行有误。数据写到标准输出，消息写到标准错误。</translation>
    </message>
    <message>
        <source>table (for reading; full labels when piped), tsv, csv or json (default: table)</source>
        <translation>table（供阅读；经管道输出时显示完整名称）、tsv、csv 或 json（默认：table）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>print the facts matching TEXT as a table</source>
        <translation>以表格列出与 TEXT 匹配的数据</translation>
    </message>
    <message>
        <source>Print the facts whose label, quote, note, places or entities match TEXT (English or Chinese words, place names, numbers such as 24.33 or 1350.5亿).</source>
        <translation>列出名称、原文引语、说明、地点或机构与 TEXT 匹配的数据（中文或英文词语、地名、数字，如 24.33 或 1350.5亿）。</translation>
    </message>
    <message>
        <source>words to search for</source>
        <translation>要搜索的词语</translation>
    </message>
    <message>
        <source>No facts match %1 with these filters.</source>
        <translation>在这些筛选条件下没有与 %1 匹配的数据。</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假定</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>exact arithmetic</source>
        <translation>确切计算</translation>
    </message>
    <message>
        <source>assumption (see note)</source>
        <translation>假定（见说明）</translation>
    </message>
    <message>
        <source>Exact arithmetic on the printed figures.</source>
        <translation>对报告所载数据的确切计算。</translation>
    </message>
    <message>
        <source>Rests on an assumption, which the note states.</source>
        <translation>基于一项假定，说明中已写明。</translation>
    </message>
    <message>
        <source>Unresolved: the report&apos;s words fit more than one reading, or no published figure; the note says which.</source>
        <translation>未定：报告的措辞可有不止一种解读，或与任何已公布的数据都不相符；说明中写明是哪一种情况。</translation>
    </message>
    <message>
        <source>%1 can no longer be read: %2.</source>
        <translation>%1 已无法读取：%2。</translation>
    </message>
    <message>
        <source>another program holds a lock on it</source>
        <translation>另一个程序锁定了它</translation>
    </message>
    <message>
        <source>the file was changed or damaged on disk (%1)</source>
        <translation>磁盘上的文件已被改动或损坏（%1）</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (%1)</source>
        <translation>它已损坏或不完整（%1）</translation>
    </message>
    <message>
        <source>the file was deleted or moved away</source>
        <translation>文件已被删除或移走</translation>
    </message>
    <message>
        <source>another program replaced or changed the file</source>
        <translation>另一个程序替换或改动了该文件</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a cqdesk database.</source>
        <translation>%1 是文件夹，不是 cqdesk 数据库。</translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it there and try again.</source>
        <translation>%1 被另一个程序锁定；请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is not a readable cqdesk database (%2).</source>
        <translation>%1 不是可读取的 cqdesk 数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a readable cqdesk database (it is not an SQLite file).</source>
        <translation>%1 不是可读取的 cqdesk 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (its size does not match its header).</source>
        <translation>%1 已损坏，无法读取（其大小与文件头不符）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a cqdesk database (no %2 table).</source>
        <translation>%1 不是 cqdesk 数据库（没有 %2 表）。</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this cqdesk reads version %3. Rebuild it with `cqdesk build` or use a matching cqdesk.</source>
        <translation>%1 的架构版本为 %2；此版本的 cqdesk 读取版本 %3。请用 `cqdesk build` 重新生成，或使用相应版本的 cqdesk。</translation>
    </message>
    <message>
        <source>%1 holds no report among its sources; rebuild it with `cqdesk build`.</source>
        <translation>%1 的来源中没有报告；请用 `cqdesk build` 重新生成。</translation>
    </message>
    <message>
        <source>%1 is damaged: its search index cannot be read (%2). Rebuild it with `cqdesk build`.</source>
        <translation>%1 已损坏：其搜索索引无法读取（%2）。请用 `cqdesk build` 重新生成。</translation>
    </message>
    <message>
        <source>files under $XDG_DATA_HOME (default ~/.local/share): applications/, icons/hicolor/, metainfo/.</source>
        <translation>文件位于 $XDG_DATA_HOME（默认 ~/.local/share）下：applications/、icons/hicolor/、metainfo/。</translation>
    </message>
    <message>
        <source>add cqdesk to your desktop&apos;s menu, with its icon</source>
        <translation>将 cqdesk 及其图标加入桌面菜单</translation>
    </message>
    <message>
        <source>Add cqdesk to your desktop&apos;s menu, with its icon, for the current user only: %1</source>
        <translation>将 cqdesk 及其图标加入桌面菜单，仅限当前用户：%1</translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation>移除 install-desktop 添加的内容</translation>
    </message>
    <message>
        <source>Remove what install-desktop added, for the current user only: %1</source>
        <translation>移除 install-desktop 添加的内容，仅限当前用户：%1</translation>
    </message>
    <message>
        <source>this copy of cqdesk has no desktop files (a .desktop file and icons); install it with pip from a clone, or run it from the clone.</source>
        <translation>此 cqdesk 副本没有桌面文件（.desktop 文件和图标）；请从克隆的仓库用 pip 安装，或直接在克隆中运行。</translation>
    </message>
    <message>
        <source>cqdesk: cannot change %1: %2.</source>
        <translation>cqdesk: 无法修改 %1：%2。</translation>
    </message>
    <message>
        <source>cqdesk: wrote %1 files under %2</source>
        <translation>cqdesk: 已在 %2 下写入 %1 个文件</translation>
    </message>
    <message>
        <source>cqdesk: nothing written</source>
        <translation>cqdesk: 未写入任何文件</translation>
    </message>
    <message>
        <source>cqdesk: removed %1 files under %2</source>
        <translation>cqdesk: 已从 %2 下删除 %1 个文件</translation>
    </message>
    <message>
        <source>cqdesk: no desktop files of cqdesk to remove</source>
        <translation>cqdesk: 没有可删除的 cqdesk 桌面文件</translation>
    </message>
    <message>
        <source>print one fact with its quote and citation</source>
        <translation>列出一条数据及其原文引语和引用</translation>
    </message>
    <message>
        <source>Print one fact (an id from `cqdesk search`) with its value, places, quote and citation.</source>
        <translation>列出一条数据（id 取自 `cqdesk search`）及其数值、地点、原文引语和引用。</translation>
    </message>
    <message>
        <source>the fact&apos;s id</source>
        <translation>数据的 id</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>describes</source>
        <translation>所述数据</translation>
    </message>
    <message>
        <source>described by</source>
        <translation>描述它的数据</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>用于推算</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>no fact with id %1.%2</source>
        <translation>没有 id 为 %1 的数据。%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every page of the database file…</source>
        <translation>正在检查数据库文件的每一页…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>%1 is sound: every page was read and checked.</source>
        <translation>%1 完好：每一页均已读取并检查。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2

Rebuild it with “cqdesk build”, or copy it again.</source>
        <translation>%1 已损坏：%2

请用“cqdesk build”重新生成，或重新复制该文件。</translation>
    </message>
    <message>
        <source>The database cannot be read (%1).</source>
        <translation>数据库无法读取（%1）。</translation>
    </message>
    <message>
        <source>The database names no report among its sources; rebuild it.</source>
        <translation>数据库的来源中没有报告；请重新生成。</translation>
    </message>
    <message>
        <source>--format datapackage writes a folder: give it with -o DIR.</source>
        <translation>--format datapackage 写入的是文件夹：请用 -o DIR 指定。</translation>
    </message>
    <message>
        <source>cqdesk export: a data package written to %1</source>
        <translation>cqdesk export: 数据包已写入 %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>this folder cannot be written to</source>
        <translation>无法写入此文件夹</translation>
    </message>
</context>
<context>
    <name>CategoryPane</name>
    <message>
        <source>The report&apos;s sections, each with its number of facts; choosing one shows its facts in the table.</source>
        <translation>报告的各个部分，各带数据条数；选择其一即在表格中显示其数据。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>No chart of this category has facts among those the filters show.</source>
        <translation>此类别的图表均不含当前筛选所显示的数据。</translation>
    </message>
    <message>
        <source>No chart has facts among those the filters show.</source>
        <translation>没有图表含有当前筛选所显示的数据。</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>Bar</source>
        <translation>柱条</translation>
    </message>
    <message>
        <source>Value as printed</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>CommandLineShow</name>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>FactStyles</name>
    <message>
        <source>Reported: a figure the report states, quoted word for word.</source>
        <translation>报告数据：报告中陈述的数据，逐字引用。</translation>
    </message>
    <message>
        <source>Derived: computed by cqdesk from the figures its formula names; no source prints it.</source>
        <translation>推算数据：cqdesk 由公式所列数据计算得出，任何来源均未写出。</translation>
    </message>
    <message>
        <source>Reference: a national figure from another publication, cited, not quoted.</source>
        <translation>参考数据：其他出版物的全国数据，引用而非原文引语。</translation>
    </message>
    <message>
        <source>Statement: what the report says without a figure.</source>
        <translation>陈述：报告中不带数据的表述。</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <source>Reading: %1 — %2</source>
        <translation>解读：%1 — %2</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <source>Facts</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The facts the filters and the search leave, one a row: label, value as printed, unit, change, place and category. Ctrl+C copies the selected rows; the Menu key opens more ways to copy and export.</source>
        <translation>筛选和搜索后剩下的数据，每行一条：名称、原文数值、单位、变化、地点和类别。Ctrl+C 复制所选行；菜单键打开更多复制和导出方式。</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>原有的文件未被改动。</translation>
    </message>
    <message>
        <source>No file was created.</source>
        <translation>未创建任何文件。</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>The whole report; every quoted figure is marked and the current fact&apos;s quote is lit. Enter on a marked quote makes its fact current.</source>
        <translation>报告全文；每个引用的数据都有标记，当前数据的引语高亮。在标记的引语上按 Enter 即选中其数据。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Selection statistics</source>
        <translation>所选数据统计</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>%1 with the other filters on.</source>
        <translation>在其他筛选条件下为 %1 条。</translation>
    </message>
</context>
</TS>
