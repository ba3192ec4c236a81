/**
 * Cases and incidents (CASE-01..CASE-17): reports received and registered as cases, dispatched to the
 * responsible department, handled, verified and closed, with the deadlines (SLA clocks) that chase
 * them, the append-only history of every transition, incidents seen while monitoring, and the
 * appraisal figures computed from it all.
 *
 * <h2>Glossary (Chinese / English name in code)</h2>
 * <table>
 * <caption>Terms of the centre's case handling</caption>
 * <tr><th>Chinese</th><th>in code</th><th>meaning</th></tr>
 * <tr><td>受理</td><td>receive</td><td>take a report in ({@link io.watchfloor.cases.port.in.ReceiveReport})</td></tr>
 * <tr><td>核实</td><td>existence check ({@code checkExistence})</td><td>field check, BEFORE registration, that a
 *     reported problem exists at all (CASE-17); a public or hotline report may need it</td></tr>
 * <tr><td>立案</td><td>register</td><td>open a case with a category that names the responsible department (CASE-01)</td></tr>
 * <tr><td>派遣 / 改派</td><td>dispatch / re-dispatch</td><td>send the case to the responsible department / to another one (CASE-02, CASE-05)</td></tr>
 * <tr><td>回退</td><td>return</td><td>a department sends a wrongly dispatched case back (CASE-05, CASE-06)</td></tr>
 * <tr><td>督办 / 催办</td><td>chase / reminder</td><td>the centre presses a department: a {@link io.watchfloor.cases.Reminder} task (CASE-07, CASE-10)</td></tr>
 * <tr><td>领导督办</td><td>leader supervision</td><td>a leader follows the case personally; makes it a hard case (CASE-12)</td></tr>
 * <tr><td>延期 / 挂账</td><td>extend / park</td><td>more time, or set aside with reason, approved by the shift leader (CASE-16)</td></tr>
 * <tr><td>处置 / 处理反馈</td><td>handle / report completion</td><td>the department's work and its report</td></tr>
 * <tr><td>核查</td><td>verification (fix check)</td><td>field check, BEFORE closing, that the problem is fixed (CASE-08);
 *     never confused with 核实, which comes before registration</td></tr>
 * <tr><td>结案 / 返工</td><td>close / rework</td><td>case closed / sent back after a failed verification (CASE-08)</td></tr>
 * <tr><td>工作时 / 紧急工作时</td><td>{@link io.watchfloor.cases.TimeBasis#WORKING} / {@link io.watchfloor.cases.TimeBasis#CONTINUOUS}</td>
 *     <td>a deadline counting the department's working hours / counting every minute (CASE-17)</td></tr>
 * <tr><td>三方协调</td><td>coordination</td><td>force majeure: centre, department and supervision department agree; the clock pauses (CASE-11)</td></tr>
 * <tr><td>按期结案率 / 返工率</td><td>on-time closure rate / rework rate</td><td>appraisal figures (CASE-15)</td></tr>
 * <tr><td>异常情况</td><td>incident</td><td>an abnormal event seen while monitoring (CASE-14)</td></tr>
 * </table>
 */
package io.watchfloor.cases;
