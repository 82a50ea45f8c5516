<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallDialog</name>
    <message numerus="yes">
        <source>Follow-ups (%n due)</source>
        <translation>
            <numerusform>Follow-ups (%n due)</numerusform>
            <numerusform>Follow-ups (%n due)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Follow-ups (%n due)</source>
        <translation>
            <numerusform>&amp;Follow-ups (%n due)</numerusform>
            <numerusform>&amp;Follow-ups (%n due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message numerus="yes">
        <source>wait ≈ %n day(s)</source>
        <translation>
            <numerusform>wait ≈ %n day</numerusform>
            <numerusform>wait ≈ %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said %n day(s) ago</source>
        <translation>
            <numerusform>said %n day ago</numerusform>
            <numerusform>said %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said %n day(s) ago by %1</source>
        <translation>
            <numerusform>said %n day ago by %1</numerusform>
            <numerusform>said %n days ago by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait is about %n day(s).</source>
        <translation>
            <numerusform>The wait is about %n day.</numerusform>
            <numerusform>The wait is about %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We learned this by phone %n day(s) ago (%1).</source>
        <translation>
            <numerusform>We learned this by phone %n day ago (%1).</numerusform>
            <numerusform>We learned this by phone %n days ago (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message numerus="yes">
        <source>%n answer(s) typed earlier were not saved yet; saving…</source>
        <translation>
            <numerusform>%n answer typed earlier was not saved yet; saving…</numerusform>
            <numerusform>%n answers typed earlier were not saved yet; saving…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseProgramsDialog</name>
    <message numerus="yes">
        <source>&apos;%1&apos; holds %n program(s). A comparison shows up to %2 side by side: tick the ones to compare.</source>
        <translation>
            <numerusform>&apos;%1&apos; holds %n program. A comparison shows up to %2 side by side: tick the ones to compare.</numerusform>
            <numerusform>&apos;%1&apos; holds %n programs. A comparison shows up to %2 side by side: tick the ones to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen — choose between 1 and %1</source>
        <translation>
            <numerusform>%n chosen — choose between 1 and %1</numerusform>
            <numerusform>%n chosen — choose between 1 and %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 rows differ.</source>
        <translation>
            <numerusform>%n of %1 rows differ.</numerusform>
            <numerusform>%n of %1 rows differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message numerus="yes">
        <source>Export the %n program(s) shown</source>
        <translation>
            <numerusform>Export the %n program shown</numerusform>
            <numerusform>Export the %n programs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) as CSV</source>
        <translation>
            <numerusform>%n program as CSV</numerusform>
            <numerusform>%n programs as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>Left out %n program(s) marked do-not-refer.</source>
        <translation>
            <numerusform>Left out %n program marked do-not-refer.</numerusform>
            <numerusform>Left out %n programs marked do-not-refer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n program(s) no longer in the directory.</source>
        <translation>
            <numerusform>Left out %n program no longer in the directory.</numerusform>
            <numerusform>Left out %n programs no longer in the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n program(s) on your shortlists changed</source>
        <translation>
            <numerusform>%n program on your shortlists changed</numerusform>
            <numerusform>%n programs on your shortlists changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) on your shortlists (is/are) no longer listed</source>
        <translation>
            <numerusform>%n program on your shortlists is no longer listed</numerusform>
            <numerusform>%n programs on your shortlists are no longer listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) no longer listed</source>
        <translation>
            <numerusform>%n is no longer listed</numerusform>
            <numerusform>%n are no longer listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) on your shortlists (is/are) listed again</source>
        <translation>
            <numerusform>%n program on your shortlists is listed again</numerusform>
            <numerusform>%n programs on your shortlists are listed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) listed again</source>
        <translation>
            <numerusform>%n is listed again</numerusform>
            <numerusform>%n are listed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed %n program(s), added %1, no longer listed %2, listed again %3, kept %4 of your edits; delisting: %5</source>
        <translation>
            <numerusform>changed %n program, added %1, no longer listed %2, listed again %3, kept %4 of your edits; delisting: %5</numerusform>
            <numerusform>changed %n programs, added %1, no longer listed %2, listed again %3, kept %4 of your edits; delisting: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n line(s) of %1</source>
        <translation>
            <numerusform>Showing %n line of %1</numerusform>
            <numerusform>Showing %n lines of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Widen to %1 mi (finds %n)</source>
        <translation>
            <numerusform>Widen to %1 mi (finds %n)</numerusform>
            <numerusform>Widen to %1 mi (finds %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message numerus="yes">
        <source>%n program(s) within %1 mi of %2</source>
        <translation>
            <numerusform>%n program within %1 mi of %2</numerusform>
            <numerusform>%n programs within %1 mi of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the nearest %n</source>
        <translation>
            <numerusform>, showing the nearest %n</numerusform>
            <numerusform>, showing the nearest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a location not shown)</source>
        <translation>
            <numerusform> (%n without a location not shown)</numerusform>
            <numerusform> (%n without a location not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without filters there are %n program(s) within %1 mi: %2%3.</source>
        <translation>
            <numerusform>Without filters there is %n program within %1 mi: %2%3.</numerusform>
            <numerusform>Without filters there are %n programs within %1 mi: %2%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widening the radius to %1 mi finds %n program(s) with these filters.</source>
        <translation>
            <numerusform>Widening the radius to %1 mi finds %n program with these filters.</numerusform>
            <numerusform>Widening the radius to %1 mi finds %n programs with these filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widening the radius to %1 mi finds %n program(s).</source>
        <translation>
            <numerusform>Widening the radius to %1 mi finds %n program.</numerusform>
            <numerusform>Widening the radius to %1 mi finds %n programs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) match(es) but (has/have) no location, so a distance search cannot include (it/them).</source>
        <translation>
            <numerusform>%n program matches but has no location, so a distance search cannot include it.</numerusform>
            <numerusform>%n programs match but have no location, so a distance search cannot include them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n program(s)</source>
        <translation>
            <numerusform> · %n program</numerusform>
            <numerusform> · %n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n located by ZIP centre only</source>
        <translation>
            <numerusform> · %n located by ZIP centre only</numerusform>
            <numerusform> · %n located by ZIP centre only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a location</source>
        <translation>
            <numerusform> · %n without a location</numerusform>
            <numerusform> · %n without a location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n need(s)</source>
        <translation>
            <numerusform>%1 of %n need</numerusform>
            <numerusform>%1 of %n needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistActions</name>
    <message numerus="yes">
        <source>Added to “%1”: %n program(s) on it.</source>
        <translation>
            <numerusform>Added to “%1”: %n program on it.</numerusform>
            <numerusform>Added to “%1”: %n programs on it.</numerusform>
        </translation>
    </message>
</context>
</TS>
