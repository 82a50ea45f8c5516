<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>Loading the bundled program directory (first start only)…</source>
        <translation>Cargando el directorio de programas incluido (solo la primera vez)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading the bundled program directory (first start only): %1 of %2 entries</source>
        <translation>Cargando el directorio de programas incluido (solo la primera vez): %1 de %2 registros</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>What you saved so far is kept.</source>
        <translation>Lo que guardó hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Program Finder — cannot open the directory</source>
        <translation>Program Finder — no se puede abrir el directorio</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Por qué se hizo</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no se anotó</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before migration</source>
        <translation>antes de actualizar la base de datos</translation>
    </message>
    <message>
        <source>before import of %1</source>
        <translation>antes de importar %1</translation>
    </message>
    <message>
        <source>before restore of the copy from %1</source>
        <translation>antes de restaurar la copia del %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>A copy of the directory is saved before every import and every upgrade; the last 10 are kept. Restoring replaces the directory with the chosen copy (the current state is saved as a backup first).</source>
        <translation>Antes de cada importación y de cada actualización se guarda una copia del directorio; se conservan las últimas 10. Al restaurar, el directorio se reemplaza por la copia elegida (antes se guarda el estado actual como copia de seguridad).</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia &amp;ahora</translation>
    </message>
    <message>
        <source>Replace the directory with the copy saved %1 (%2)?</source>
        <translation>¿Reemplazar el directorio por la copia guardada el %1 (%2)?</translation>
    </message>
    <message>
        <source>Everything changed since then is undone: edits and imports, and also the shortlists, notes and checklist answers made since that backup.</source>
        <translation>Se deshace todo lo que cambió desde entonces: ediciones e importaciones, y también las listas cortas, notas y respuestas de la lista de verificación hechas después de esa copia.</translation>
    </message>
    <message>
        <source>The current directory is backed up first, so you can go back to it.</source>
        <translation>Antes se hace una copia de seguridad del directorio actual, así que puede volver a él.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>The directory is back to %1.</source>
        <translation>El directorio volvió a como estaba el %1.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>No se pudo hacer la copia</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Call&amp;s to this program…</source>
        <translation>Llamadas a este &amp;programa…</translation>
    </message>
    <message>
        <source>Select a program first, then list its calls (Ctrl+Alt+L).</source>
        <translation>Seleccione primero un programa y luego liste sus llamadas (Ctrl+Alt+L).</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Anotar una &amp;llamada…</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>Llamadas de seguimiento pendientes</translation>
    </message>
    <message>
        <source>Select a program first, then log the call (Ctrl+L).</source>
        <translation>Primero seleccione un programa y luego anote la llamada (Ctrl+L).</translation>
    </message>
    <message>
        <source>Call to “%1” logged: %2.</source>
        <translation>Llamada a “%1” anotada: %2.</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Calls to make again, soonest first. Press Enter on one to open the program in the window, Ctrl+L to log the call; a new call closes its follow-up.</source>
        <translation>Llamadas que hay que volver a hacer, las más próximas primero. Pulse Intro en una para abrir el programa en la ventana, o Ctrl+L para anotar la llamada; una llamada nueva cierra su seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Open program</source>
        <translation>Abrir &amp;programa</translation>
    </message>
    <message>
        <source>Open the program in the window</source>
        <translation>Abrir el programa en la ventana</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>Anotar &amp;llamada…</translation>
    </message>
    <message>
        <source>Log the call to this program</source>
        <translation>Anotar la llamada a este programa</translation>
    </message>
    <message>
        <source>“%1” is not among these results; its details are shown. Ctrl+L logs the call.</source>
        <translation>“%1” no está entre estos resultados; se muestran sus datos. Ctrl+L anota la llamada.</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — atrasada</translation>
    </message>
    <message>
        <source>%1%2 · %3%4 · last call: %5</source>
        <translation>%1%2 · %3%4 · última llamada: %5</translation>
    </message>
    <message>
        <source>No follow-ups: every call is settled.</source>
        <translation>No hay seguimientos: todas las llamadas están resueltas.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Reached</source>
        <translation>Contestaron</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestaron</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Log a call — %1</source>
        <translation>Anotar una llamada — %1</translation>
    </message>
    <message>
        <source>  ·  for %1</source>
        <translation>  ·  para %1</translation>
    </message>
    <message>
        <source>Outcome of the call</source>
        <translation>Resultado de la llamada</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Name and role of the person who answered</source>
        <translation>Nombre y cargo de la persona que contestó</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>&amp;Spoke to:</source>
        <translation>&amp;Habló con:</translation>
    </message>
    <message>
        <source>Did not say</source>
        <translation>No lo dijeron</translation>
    </message>
    <message>
        <source>Yes, taking new clients</source>
        <translation>Sí, aceptan pacientes nuevos</translation>
    </message>
    <message>
        <source>No, not taking new clients</source>
        <translation>No, no aceptan pacientes nuevos</translation>
    </message>
    <message>
        <source>Accepting new clients</source>
        <translation>Aceptan pacientes nuevos</translation>
    </message>
    <message>
        <source>&amp;Accepting:</source>
        <translation>&amp;Aceptan nuevos:</translation>
    </message>
    <message>
        <source>&amp;Wait known:</source>
        <translation>Se sabe la &amp;espera:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Wait in days</source>
        <translation>Espera en días</translation>
    </message>
    <message>
        <source>&amp;Next intake:</source>
        <translation>Próximo &amp;ingreso:</translation>
    </message>
    <message>
        <source>Next intake date</source>
        <translation>Fecha del próximo ingreso</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Volver a llamar e&amp;l:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>What they said (follows the shortlist&apos;s privacy)</source>
        <translation>Lo que dijeron (con la misma privacidad que la lista corta)</translation>
    </message>
    <message>
        <source>Note about the call</source>
        <translation>Nota sobre la llamada</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>What they confirmed or said is wrong</source>
        <translation>Lo que confirmaron o dijeron que está mal</translation>
    </message>
    <message>
        <source>%1: confirmed</source>
        <translation>%1: confirmado</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar llamada</translation>
    </message>
    <message>
        <source>Program closed</source>
        <translation>Programa cerrado</translation>
    </message>
    <message>
        <source>Mark this program do-not-refer with the reason “closed — call on %1”?</source>
        <translation>¿Marcar este programa como «no derivar» con el motivo “cerrado — llamada del %1”?</translation>
    </message>
    <message>
        <source>Mark do-not-refer</source>
        <translation>Marcar «no derivar»</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n due)</source>
        <translation>
            <numerusform>Seguimientos (%n pendiente)</numerusform>
            <numerusform>Seguimientos (%n pendientes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Follow-ups (%n due)</source>
        <translation>
            <numerusform>&amp;Seguimientos (%n pendiente)</numerusform>
            <numerusform>&amp;Seguimientos (%n pendientes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Reached</source>
        <translation>Contestaron</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestaron</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message numerus="yes">
        <source>wait ≈ %n day(s)</source>
        <translation>
            <numerusform>espera ≈ %n día</numerusform>
            <numerusform>espera ≈ %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said %n day(s) ago</source>
        <translation>
            <numerusform>lo dijeron hace %n día</numerusform>
            <numerusform>lo dijeron hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said %n day(s) ago by %1</source>
        <translation>
            <numerusform>lo dijo %1 hace %n día</numerusform>
            <numerusform>lo dijo %1 hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait is about %n day(s).</source>
        <translation>
            <numerusform>La espera es de más o menos %n día.</numerusform>
            <numerusform>La espera es de más o menos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We learned this by phone %n day(s) ago (%1).</source>
        <translation>
            <numerusform>Lo supimos por teléfono hace %n día (%1).</numerusform>
            <numerusform>Lo supimos por teléfono hace %n días (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>acepta personas nuevas</translation>
    </message>
    <message>
        <source>not accepting</source>
        <translation>no acepta personas nuevas</translation>
    </message>
    <message>
        <source>room unknown</source>
        <translation>no se sabe si hay cupo</translation>
    </message>
    <message>
        <source>next intake %1</source>
        <translation>próxima admisión %1</translation>
    </message>
    <message>
        <source>said today by %1</source>
        <translation>lo dijo %1 hoy</translation>
    </message>
    <message>
        <source>said yesterday by %1</source>
        <translation>lo dijo %1 ayer</translation>
    </message>
    <message>
        <source>said today</source>
        <translation>lo dijeron hoy</translation>
    </message>
    <message>
        <source>said yesterday</source>
        <translation>lo dijeron ayer</translation>
    </message>
    <message>
        <source> (more than 30 days old: call again)</source>
        <translation> (hace más de 30 días: vuelva a llamar)</translation>
    </message>
    <message>
        <source>Not known yet: ask when you call.</source>
        <translation>Todavía no lo sabemos: pregunte cuando llame.</translation>
    </message>
    <message>
        <source>They are taking new people.</source>
        <translation>Están recibiendo personas nuevas.</translation>
    </message>
    <message>
        <source>They are not taking new people right now.</source>
        <translation>Por ahora no están recibiendo personas nuevas.</translation>
    </message>
    <message>
        <source>They did not say whether they have room.</source>
        <translation>No dijeron si tienen lugar.</translation>
    </message>
    <message>
        <source>Next start date: %1.</source>
        <translation>Próxima fecha para empezar: %1.</translation>
    </message>
    <message>
        <source>We learned this by phone today (%1).</source>
        <translation>Lo supimos hoy por teléfono (%1).</translation>
    </message>
    <message>
        <source>That was a while ago: call to check.</source>
        <translation>Ya pasó un tiempo: llame para confirmarlo.</translation>
    </message>
    <message>
        <source>Not in the %1 directory — may have closed; call to check</source>
        <translation>No aparece en el directorio %1 — puede que haya cerrado; llame para confirmarlo</translation>
    </message>
    <message>
        <source>Not in %1 — may have closed; call to check</source>
        <translation>No aparece en %1 — puede que haya cerrado; llame para confirmarlo</translation>
    </message>
    <message>
        <source>Not in the latest directory — may have closed; call to check</source>
        <translation>No aparece en el directorio más reciente — puede que haya cerrado; llame para confirmarlo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Phone: wrong number — by phone %1</source>
        <translation>Teléfono: número equivocado — por teléfono el %1</translation>
    </message>
    <message>
        <source>%1: %2 — by phone %3</source>
        <translation>%1: %2 — por teléfono el %3</translation>
    </message>
    <message>
        <source> (directory says %1)</source>
        <translation> (el directorio dice %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (follow up %1)</source>
        <translation> (volver a llamar el %1)</translation>
    </message>
</context>
<context>
    <name>CallsDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Calls to %1</source>
        <translation>Llamadas a %1</translation>
    </message>
    <message>
        <source>Every call logged to this program, newest first. A call is not changed afterwards; you can delete one you made, and the program&apos;s history will say that it was deleted.</source>
        <translation>Todas las llamadas registradas a este programa, de la más reciente a la más antigua. Una llamada no se cambia después; puede eliminar una que haya hecho usted, y el historial del programa dirá que se eliminó.</translation>
    </message>
    <message>
        <source>Calls to this program</source>
        <translation>Llamadas a este programa</translation>
    </message>
    <message>
        <source>&amp;Delete call…</source>
        <translation>&amp;Eliminar llamada…</translation>
    </message>
    <message>
        <source>Delete the chosen call (one you made)</source>
        <translation>Eliminar la llamada elegida (una que hizo usted)</translation>
    </message>
    <message>
        <source>Delete call</source>
        <translation>Eliminar llamada</translation>
    </message>
    <message>
        <source>Delete the call of %1 (%2)? Its note and what it confirmed go with it; the history keeps that you deleted it.</source>
        <translation>¿Eliminar la llamada del %1 (%2)? Su nota y lo que confirmó se eliminan con ella; el historial guarda que usted la eliminó.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No calls logged to this program.</source>
        <translation>No hay llamadas registradas a este programa.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist (%1)</source>
        <translation>Lista de verificación (%1)</translation>
    </message>
    <message>
        <source>Checklist — %1 (%2)</source>
        <translation>Lista de verificación — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Spoke with:</source>
        <translation>&amp;Habló con:</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Preguntas hechas</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avance:</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Print &amp;blank (no answers)</source>
        <translation>Imprimir en &amp;blanco (sin respuestas)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Print preview (%1)</source>
        <translation>Vista previa de impresión (%1)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not saved — %1. Your answers are kept on this computer and saved as soon as the database answers (trying every %2 s).</source>
        <translation>No se guardó — %1. Sus respuestas se conservan en esta computadora y se guardarán en cuanto la base de datos responda (se vuelve a intentar cada %2 s).</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Closed without saving (the directory was replaced)</source>
        <translation>Se cerró sin guardar (se reemplazó el directorio)</translation>
    </message>
    <message>
        <source>this checklist</source>
        <translation>esta lista de verificación</translation>
    </message>
    <message>
        <source>Not saved: someone else answered the same questions; close and reopen to choose again</source>
        <translation>No se guardó: otra persona respondió las mismas preguntas; cierre y vuelva a abrir la lista para elegir de nuevo</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) typed earlier were not saved yet; saving…</source>
        <translation>
            <numerusform>%n respuesta escrita antes todavía no se había guardado; guardando…</numerusform>
            <numerusform>%n respuestas escritas antes todavía no se habían guardado; guardando…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPrint</name>
    <message>
        <source>Print checklist — %1</source>
        <translation>Imprimir la lista de verificación — %1</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Guardar la lista de verificación como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checklist not saved</source>
        <translation>No se guardó la lista de verificación</translation>
    </message>
    <message>
        <source>checklist PDF</source>
        <translation>PDF de la lista de verificación</translation>
    </message>
</context>
<context>
    <name>ChecklistRows</name>
    <message>
        <source>intake %1</source>
        <translation>admisión %1</translation>
    </message>
    <message>
        <source>no phone listed</source>
        <translation>sin teléfono registrado</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distancia: %1</translation>
    </message>
    <message>
        <source>Shortlist: %1</source>
        <translation>Lista corta: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Cupo: %1</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>Why ask: %1</source>
        <translation>Por qué preguntar: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1: question %2</source>
        <translation>%1: pregunta %2</translation>
    </message>
    <message>
        <source>Note (what they said)</source>
        <translation>Nota (lo que dijeron)</translation>
    </message>
    <message>
        <source>Note for question %1</source>
        <translation>Nota de la pregunta %1</translation>
    </message>
    <message>
        <source>Their answer (what they said)</source>
        <translation>Su respuesta (lo que dijeron)</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>Name and role of the person at the program</source>
        <translation>Nombre y cargo de la persona del programa</translation>
    </message>
    <message>
        <source>When we spoke to them</source>
        <translation>Cuándo hablamos con esa persona</translation>
    </message>
</context>
<context>
    <name>ChooseProgramsDialog</name>
    <message numerus="yes">
        <source>&apos;%1&apos; holds %n program(s). A comparison shows up to %2 side by side: tick the ones to compare.</source>
        <translation>
            <numerusform>“%1” tiene %n programa. Una comparación muestra hasta %2 uno al lado del otro: marque los que quiere comparar.</numerusform>
            <numerusform>“%1” tiene %n programas. Una comparación muestra hasta %2 uno al lado del otro: marque los que quiere comparar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n elegido</numerusform>
            <numerusform>%n elegidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen — choose between 1 and %1</source>
        <translation>
            <numerusform>%n elegido — elija entre 1 y %1</numerusform>
            <numerusform>%n elegidos — elija entre 1 y %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>Comparar — %1</translation>
    </message>
    <message>
        <source>Programs on the shortlist</source>
        <translation>Programas de la lista corta</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 rows differ.</source>
        <translation>
            <numerusform>%n de %1 filas es distinta.</numerusform>
            <numerusform>%n de %1 filas son distintas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>Comparar — %1</translation>
    </message>
    <message>
        <source>&amp;Only rows where the programs differ</source>
        <translation>&amp;Solo las filas en que los programas son distintos</translation>
    </message>
    <message>
        <source>Hide rows where every program is the same</source>
        <translation>Ocultar las filas en que todos los programas son iguales</translation>
    </message>
    <message>
        <source>Comparison: programs in columns, details in rows</source>
        <translation>Comparación: los programas en columnas, los datos en filas</translation>
    </message>
    <message>
        <source>Move l&amp;eft</source>
        <translation>Mover a la i&amp;zquierda</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Mover a la de&amp;recha</translation>
    </message>
    <message>
        <source>Re&amp;move program</source>
        <translation>&amp;Quitar programa</translation>
    </message>
    <message>
        <source>Move the selected program one column left</source>
        <translation>Mover el programa elegido una columna a la izquierda</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Mayús+Flecha izquierda</translation>
    </message>
    <message>
        <source>Move the selected program one column right</source>
        <translation>Mover el programa elegido una columna a la derecha</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Mayús+Flecha derecha</translation>
    </message>
    <message>
        <source>Leave the selected program out of this comparison</source>
        <translation>Dejar el programa elegido fuera de esta comparación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+P)</source>
        <translation>Vista previa de la impresión (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation>Cerrar la comparación (Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>%1 and shading mark the rows where the programs differ. Drag a column heading to reorder.</source>
        <translation>%1 y el sombreado marcan las filas en que los programas son distintos. Arrastre el encabezado de una columna para cambiar el orden.</translation>
    </message>
    <message>
        <source>distances from %1</source>
        <translation>distancias desde %1</translation>
    </message>
    <message>
        <source>no starting place, so no distances</source>
        <translation>sin lugar de partida, así que sin distancias</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos; (%3). %4</source>
        <translation>%1 de “%2” (%3). %4</translation>
    </message>
    <message>
        <source>shortlist</source>
        <comment>a file name</comment>
        <translation>lista-corta</translation>
    </message>
    <message>
        <source>comparison-%1</source>
        <comment>a file name</comment>
        <translation>comparacion-%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Save comparison as CSV</source>
        <translation>Guardar la comparación como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>comparison CSV</source>
        <translation>CSV de la comparación</translation>
    </message>
    <message>
        <source>Save comparison as PDF</source>
        <translation>Guardar la comparación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>comparison PDF</source>
        <translation>PDF de la comparación</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Imprimir — %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The shortlist &apos;%1&apos; has no programs yet. Add programs to it from the search results, then compare them.</source>
        <translation>La lista corta “%1” todavía no tiene programas. Agréguele programas desde los resultados de la búsqueda y luego compárelos.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>⚠ Do not refer</source>
        <translation>⚠ No derivar</translation>
    </message>
    <message>
        <source>%1 the programs differ here</source>
        <translation>%1 aquí los programas son distintos</translation>
    </message>
    <message>
        <source>Checklist · %1: %2</source>
        <translation>Lista de verificación · %1: %2</translation>
    </message>
    <message>
        <source>differs from the other programs</source>
        <translation>distinto de los demás programas</translation>
    </message>
    <message>
        <source>same for every program</source>
        <translation>igual en todos los programas</translation>
    </message>
    <message>
        <source>Drag to reorder.</source>
        <translation>Arrastre para cambiar el orden.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>a program for teens</source>
        <translation>un programa para adolescentes</translation>
    </message>
    <message>
        <source>a program for eating disorders</source>
        <translation>un programa para trastornos de la alimentación</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Room (latest call)</source>
        <translation>Lugar (última llamada)</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Shortlist note</source>
        <translation>Nota de la lista</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Avance de la lista de preguntas</translation>
    </message>
    <message>
        <source>Meets the needs</source>
        <translation>Cumple lo que se necesita</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>(not recorded; ask)</source>
        <translation>(sin dato: pregunte)</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation>No derivar</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>admisión</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>Cumple todo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>no call said</source>
        <translation>ninguna llamada lo dijo</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Checklist · %1: %2</source>
        <translation>Preguntas · %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 · id %3</source>
        <translation>%1, %2 · id %3</translation>
    </message>
    <message>
        <source>DO NOT REFER</source>
        <translation>NO DERIVAR</translation>
    </message>
    <message>
        <source>About the programs</source>
        <translation>Sobre los programas</translation>
    </message>
    <message>
        <source>Checklist answers: %1</source>
        <translation>Respuestas a las preguntas: %1</translation>
    </message>
    <message>
        <source>%1 = differs</source>
        <translation>%1 = es distinto</translation>
    </message>
    <message>
        <source>Distances from %1, in miles; ≈ means measured from the centre of the program&apos;s ZIP code.</source>
        <translation>Distancias desde %1, en millas; ≈ quiere decir medida desde el centro del código postal del programa.</translation>
    </message>
    <message>
        <source>This shortlist has no starting place, so no distances are shown (—).</source>
        <translation>Esta lista no tiene un lugar de partida, así que no se muestran distancias (—).</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows differ (marked %3 and shaded)</source>
        <translation>%1 de %2 filas son distintas (marcadas con %3 y sombreadas)</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>impreso el %1</translation>
    </message>
    <message>
        <source>Comparing programs · %1</source>
        <translation>Comparación de programas · %1</translation>
    </message>
    <message>
        <source>Checklist answers: what each program said on the phone.</source>
        <translation>Respuestas a las preguntas: lo que cada programa dijo por teléfono.</translation>
    </message>
    <message>
        <source>(ZIP centre)</source>
        <translation>(centro del código postal)</translation>
    </message>
    <message>
        <source>Where they are · %1</source>
        <translation>Dónde están · %1</translation>
    </message>
    <message>
        <source>Around %1; numbers as in this list:</source>
        <translation>Alrededor de %1; los números son los de esta lista:</translation>
    </message>
    <message>
        <source>Program comparison · %1 · %2 = the programs differ</source>
        <translation>Comparación de programas · %1 · %2 = los programas son distintos</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Program comparison: %1</source>
        <translation>Comparación de programas: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Otra persona hizo cambios</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>%1 saved changes to %2 after you opened it. Nothing of yours has been saved yet. Choose which values to keep.</source>
        <translation>%1 guardó cambios en %2 después de que usted lo abriera. Sus cambios todavía no se han guardado. Elija qué valores quiere conservar.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Their value (who, when)</source>
        <translation>Valor de la otra persona (quién, cuándo)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>What the other person changed</source>
        <translation>Lo que cambió la otra persona</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>es distinto</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar lo de la &amp;otra persona</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Reemplazar con lo mío</translation>
    </message>
    <message>
        <source>Drop your values for these fields and keep what they saved</source>
        <translation>Descartar sus valores en estos campos y conservar lo que guardó la otra persona</translation>
    </message>
    <message>
        <source>Save your values over theirs</source>
        <translation>Guardar sus valores en lugar de los de la otra persona</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>exact (from the street address)</source>
        <translation>exacta (según la dirección)</translation>
    </message>
    <message>
        <source>approximate: the centre of ZIP %1, so distances are rough (shown with ≈)</source>
        <translation>aproximada: el centro del código postal %1, así que las distancias son aproximadas (se muestran con ≈)</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>puesta a mano</translation>
    </message>
    <message>
        <source>⚠ Do not refer</source>
        <translation>⚠ No derivar</translation>
    </message>
    <message>
        <source>⚠ Possibly out of date</source>
        <translation>⚠ Tal vez desactualizado</translation>
    </message>
    <message>
        <source>Program details</source>
        <translation>Detalles del programa</translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation>A&amp;gregar a la lista</translation>
    </message>
    <message>
        <source>Lo&amp;g call…</source>
        <translation>An&amp;otar llamada…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Mar&amp;k verified</source>
        <translation>Marcar veri&amp;ficado</translation>
    </message>
    <message>
        <source>Put this program on the current shortlist</source>
        <translation>Agregar este programa a la lista corta actual</translation>
    </message>
    <message>
        <source>Record a phone call: outcome, room, what they confirmed (Ctrl+L)</source>
        <translation>Anotar una llamada: resultado, cupo, lo que confirmaron (Ctrl+L)</translation>
    </message>
    <message>
        <source>Correct or complete this program&apos;s entry</source>
        <translation>Corregir o completar los datos de este programa</translation>
    </message>
    <message>
        <source>Record that you checked these details with the program today</source>
        <translation>Anotar que hoy confirmó estos datos con el programa</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed this entry and its checklist answers, and when</source>
        <translation>Quién cambió estos datos y las respuestas de la lista de verificación, y cuándo</translation>
    </message>
    <message>
        <source>Cop&amp;y phone</source>
        <translation>Copiar &amp;teléfono</translation>
    </message>
    <message>
        <source>Copy intake</source>
        <translation>Copiar admisión</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Copy main phone number</source>
        <translation>Copiar el teléfono principal</translation>
    </message>
    <message>
        <source>Copy intake phone number</source>
        <translation>Copiar el teléfono de admisión</translation>
    </message>
    <message>
        <source>Select a program to see everything recorded about it.</source>
        <translation>Seleccione un programa para ver todo lo que se sabe de él.</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Cupo:</translation>
    </message>
    <message>
        <source>⚠ The phone number was wrong on the last call.</source>
        <translation>⚠ El número de teléfono estaba equivocado en la última llamada.</translation>
    </message>
    <message>
        <source>Checked by phone</source>
        <translation>Confirmado por teléfono</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>(since %1, %2)</source>
        <translation>(desde %1, %2)</translation>
    </message>
    <message>
        <source>last verified %1, more than a year ago. Confirm the details with the program.</source>
        <translation>verificado por última vez el %1, hace más de un año. Confirme los datos con el programa.</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>sin dirección registrada</translation>
    </message>
    <message>
        <source>&lt;b&gt;about %1 miles&lt;/b&gt; from the search origin</source>
        <translation>a &lt;b&gt;unas %1 millas&lt;/b&gt; del punto de búsqueda</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 miles&lt;/b&gt; from the search origin</source>
        <translation>a &lt;b&gt;%1 millas&lt;/b&gt; del punto de búsqueda</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Intake: %1</source>
        <translation>Admisión: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>(not a web address; not opened)</source>
        <translation>(no es una dirección web; no se abre)</translation>
    </message>
    <message>
        <source>Levels of care</source>
        <translation>Niveles de atención</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>not recorded; ask</source>
        <translation>sin registrar; pregunte</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation>Aseguradoras</translation>
    </message>
    <message>
        <source>The national data does not record intensive outpatient care for mental-health programs: ask the program whether it runs one.</source>
        <translation>Los datos nacionales no registran la atención ambulatoria intensiva de los programas de salud mental: pregunte al programa si la ofrece.</translation>
    </message>
    <message>
        <source>no location recorded; this program is left out of distance searches</source>
        <translation>sin ubicación registrada; este programa queda fuera de las búsquedas por distancia</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>(possibly out of date)</source>
        <translation>(tal vez desactualizado)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Última verificación: %1</translation>
    </message>
    <message>
        <source>Record changed: %1</source>
        <translation>Datos cambiados: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Where this entry came from</source>
        <translation>De dónde vienen estos datos</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, fila %1</translation>
    </message>
    <message>
        <source>substance use directory</source>
        <translation>directorio de uso de sustancias</translation>
    </message>
    <message>
        <source>mental health directory</source>
        <translation>directorio de salud mental</translation>
    </message>
    <message>
        <source>%1%2 (%3), imported %4</source>
        <translation>%1%2 (%3), importado el %4</translation>
    </message>
    <message>
        <source>meaning unknown</source>
        <translation>significado desconocido</translation>
    </message>
    <message>
        <source>Typed in by a user.</source>
        <translation>Escrito por un usuario.</translation>
    </message>
</context>
<context>
    <name>DialogKit</name>
    <message>
        <source>Saved %1: %2</source>
        <translation>Guardado (%1): %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Printout language</source>
        <translation>Idioma de la impresión</translation>
    </message>
    <message>
        <source>Printout &amp;language:</source>
        <translation>Idioma de la &amp;impresión:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Borrar el campo</translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message>
        <source>Mark do-not-refer</source>
        <translation>Marcar «no derivar»</translation>
    </message>
    <message>
        <source>Mark “%1” as do-not-refer? It stays in the directory, marked “Do not refer” with your reason, and “Hide do-not-refer” leaves it out of searches. You can mark it active again later.</source>
        <translation>¿Marcar “%1” como «no derivar»? Sigue en el directorio, marcado “No derivar” con su motivo, y “Ocultar «no derivar»” lo deja fuera de las búsquedas. Más adelante puede volver a marcarlo como activo.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>Reason for do-not-refer</source>
        <translation>Motivo para no derivar</translation>
    </message>
    <message>
        <source>e.g. licence lapsed; closed; unsafe practices reported</source>
        <translation>p. ej., licencia vencida; cerrado; se reportaron prácticas inseguras</translation>
    </message>
    <message>
        <source>&amp;Import directory file…</source>
        <translation>&amp;Importar un archivo del directorio…</translation>
    </message>
    <message>
        <source>&amp;Export directory CSV…</source>
        <translation>&amp;Exportar el directorio en CSV…</translation>
    </message>
    <message>
        <source>Export current &amp;results CSV…</source>
        <translation>Exportar los &amp;resultados en CSV…</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Add program…</source>
        <translation>&amp;Agregar un programa…</translation>
    </message>
    <message>
        <source>&amp;Edit selected program…</source>
        <translation>&amp;Editar el programa seleccionado…</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Marcar como &amp;verificado</translation>
    </message>
    <message>
        <source>Mark &amp;do-not-refer…</source>
        <translation>Marcar como «&amp;no derivar»…</translation>
    </message>
    <message>
        <source>Mark &amp;active again</source>
        <translation>Volver a marcar como ac&amp;tivo</translation>
    </message>
    <message>
        <source>Select a program in the results first.</source>
        <translation>Primero seleccione un programa en los resultados.</translation>
    </message>
    <message>
        <source>Added “%1” (id %2).</source>
        <translation>Se agregó “%1” (id %2).</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
    <message>
        <source>Not marked verified</source>
        <translation>No se marcó como verificado</translation>
    </message>
    <message>
        <source>“%1” verified today by %2.</source>
        <translation>“%1” verificado hoy por %2.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <source>Undone: “%1” is as it was.</source>
        <translation>Deshecho: “%1” está como antes.</translation>
    </message>
    <message>
        <source>Not marked do-not-refer</source>
        <translation>No se marcó como «no derivar»</translation>
    </message>
    <message>
        <source>“%1” is marked do-not-refer: %2</source>
        <translation>“%1” está marcado como «no derivar»: %2</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>“%1” can be referred to again.</source>
        <translation>Ya se puede volver a derivar a “%1”.</translation>
    </message>
    <message>
        <source>Opening the restored directory…</source>
        <translation>Abriendo el directorio restaurado…</translation>
    </message>
    <message>
        <source>Cannot open the restored directory</source>
        <translation>No se puede abrir el directorio restaurado</translation>
    </message>
    <message>
        <source>Export the whole directory</source>
        <translation>Exportar todo el directorio</translation>
    </message>
    <message>
        <source>Search first: there are no results to export.</source>
        <translation>Primero haga una búsqueda: no hay resultados para exportar.</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Escribiendo el CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n program(s) shown</source>
        <translation>
            <numerusform>Exportar el programa que se muestra (%n)</numerusform>
            <numerusform>Exportar los %n programas que se muestran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) as CSV</source>
        <translation>
            <numerusform>%n programa en CSV</numerusform>
            <numerusform>%n programas en CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Calle (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Intake phone</source>
        <translation>Teléfono de admisión</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Location (lat, lon)</source>
        <translation>Ubicación (lat, lon)</translation>
    </message>
    <message>
        <source>Insurance carriers</source>
        <translation>Aseguradoras</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>e.g. CA</source>
        <translation>p. ej., CA</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 dígitos</translation>
    </message>
    <message>
        <source>leave empty to place it at the ZIP</source>
        <translation>déjelo vacío para ubicarlo en el código postal</translation>
    </message>
    <message>
        <source>e.g. Aetna; Blue Shield</source>
        <translation>p. ej., Aetna; Blue Shield</translation>
    </message>
    <message>
        <source>besides English, e.g. Spanish; Vietnamese</source>
        <translation>además del inglés, p. ej., Spanish; Vietnamese</translation>
    </message>
    <message>
        <source>e.g. CARF; Joint Commission</source>
        <translation>p. ej., CARF; Joint Commission</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation>No derivar</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <source>Add a program</source>
        <translation>Agregar un programa</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Reason for do-not-refer</source>
        <translation>Motivo para no derivar</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Mark as &amp;verified today</source>
        <translation>Marcar como &amp;verificado hoy</translation>
    </message>
    <message>
        <source>Tick when you have checked these details with the program today</source>
        <translation>Márquelo si hoy confirmó estos datos con el programa</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Verificado:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation>&amp;Guardar el programa</translation>
    </message>
    <message>
        <source>Save (Alt+S)</source>
        <translation>Guardar (Alt+G)</translation>
    </message>
    <message>
        <source>Edit program — %1</source>
        <translation>Editar programa — %1</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>No se puede editar</translation>
    </message>
    <message>
        <source>now %1 (%2); type lat, lon to place it exactly</source>
        <translation>ahora %1 (%2); escriba lat, lon para ubicarlo con exactitud</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 by %2 — possibly out of date (over a year ago)</source>
        <translation>%1, por %2 — puede estar desactualizado (hace más de un año)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>programa nuevo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the latest backup is from %1: &apos;finder backup restore 1&apos; puts it back (File &gt; Restore backup in the window) and keeps the damaged file aside (%2)</source>
        <translation>la copia de seguridad más reciente es del %1: &apos;finder backup restore 1&apos; la restaura (Archivo &gt; Restaurar copia de seguridad en la ventana) y guarda aparte el archivo dañado (%2)</translation>
    </message>
    <message>
        <source>there is no backup of it; move it aside to start a fresh directory, or open another file with --db</source>
        <translation>no hay ninguna copia de seguridad; muévalo a otro lugar para empezar un directorio nuevo, o abra otro archivo con --db</translation>
    </message>
    <message>
        <source>%1 is not a Program Finder database (not a SQLite file); %2</source>
        <translation>%1 no es una base de datos de Program Finder (no es un archivo SQLite); %2</translation>
    </message>
    <message>
        <source>the database %1 is damaged (cut off: %2 of %3 bytes); %4</source>
        <translation>la base de datos %1 está dañada (incompleta: %2 de %3 bytes); %4</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); %3</source>
        <translation>la base de datos %1 está dañada (%2); %3</translation>
    </message>
    <message>
        <source>this database has no schema version; it was not made by Program Finder</source>
        <translation>esta base de datos no tiene versión de esquema; no la creó Program Finder</translation>
    </message>
    <message>
        <source>the shared directory&apos;s schema is out of date; ask your administrator to run `finder --db URL db upgrade`</source>
        <translation>el esquema del directorio compartido está desactualizado; pida a su administrador que ejecute `finder --db URL db upgrade`</translation>
    </message>
    <message>
        <source>the shared directory has no schema yet; ask your administrator to run `finder --db URL db upgrade`</source>
        <translation>el directorio compartido todavía no tiene esquema; pida a su administrador que ejecute `finder --db URL db upgrade`</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>no se puede leer la base de datos %1: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the schema (%1); run `db upgrade` as the role that owns the directory, with CREATEROLE the first time (see docs/agency.md)</source>
        <translation>no se puede actualizar el esquema (%1); ejecute `db upgrade` con el rol dueño del directorio, con CREATEROLE la primera vez (vea docs/agency.md)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>do not put a password in the database URL (it would be stored and shown in clear); keep it in ~/.pgpass (chmod 600), e.g. postgresql://me@server/finder</source>
        <translation>no ponga una contraseña en la URL de la base de datos (se guardaría y se mostraría a la vista); guárdela en ~/.pgpass (chmod 600), p. ej., postgresql://yo@servidor/finder</translation>
    </message>
    <message>
        <source>radius must be between %1 and %2 miles (got %3)</source>
        <translation>el radio debe estar entre %1 y %2 millas (se indicó %3)</translation>
    </message>
    <message>
        <source>radius &apos;%1&apos; is not a number of miles</source>
        <translation>el radio &apos;%1&apos; no es un número de millas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag: use a slug such as medicaid, iop, adolescents, evening</source>
        <translation>&apos;%1&apos; no es una etiqueta: use un identificador como medicaid, iop, adolescents, evening</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no tag: %2 has %3</source>
        <translation>&apos;%1&apos; no es una etiqueta: %2 tiene %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in %2: say which, e.g. %3:%1</source>
        <translation>&apos;%1&apos; está en %2: indique cuál, p. ej., %3:%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: there is no vocabulary &apos;%2&apos;; use one of %3</source>
        <translation>&apos;%1&apos;: no existe el vocabulario &apos;%2&apos;; use uno de estos: %3</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; valid: %3</source>
        <translation>%1 desconocido: &apos;%2&apos;; valores válidos: %3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ZIP code: use 5 digits, e.g. 07030</source>
        <translation>&apos;%1&apos; no es un código postal: use 5 dígitos, p. ej., 07030</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US state or territory code (e.g. CA, NJ, PR)</source>
        <translation>&apos;%1&apos; no es un código de estado o territorio de EE. UU. (p. ej., CA, NJ, PR)</translation>
    </message>
    <message>
        <source>is too long for a phone number</source>
        <translation>es demasiado largo para un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>&apos;%1&apos; no es un número de teléfono</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>debe empezar con http:// o https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (e.g. https://example.org)</source>
        <translation>&apos;%1&apos; no es una dirección web (p. ej., https://example.org)</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>la latitud %1 está fuera de rango (-90 a 90)</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>la longitud %1 está fuera de rango (-180 a 180)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not LAT,LON (e.g. 33.62,-117.93)</source>
        <translation>&apos;%1&apos; no tiene la forma LAT,LON (p. ej., 33.62,-117.93)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use active or do-not-refer</source>
        <translation>&apos;%1&apos; no es una situación; use active o do-not-refer</translation>
    </message>
    <message>
        <source>choose at least one type (addiction, mental health, …)</source>
        <translation>elija al menos un tipo (adicciones, salud mental, …)</translation>
    </message>
    <message>
        <source>give a reason when marking a program do-not-refer</source>
        <translation>indique un motivo al marcar un programa como «no derivar»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid US number (area code or exchange starts with 0 or 1)</source>
        <translation>&apos;%1&apos; no es un número válido de EE. UU. (el código de área o la central empieza con 0 o 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US phone number: give 10 digits, e.g. 949-555-0100</source>
        <translation>&apos;%1&apos; no es un número de teléfono de EE. UU.: escriba 10 dígitos, p. ej., 949-555-0100</translation>
    </message>
    <message>
        <source>latitude and longitude must be numbers</source>
        <translation>la latitud y la longitud deben ser números</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not a field that can be edited</source>
        <translation>no es un campo que se pueda editar</translation>
    </message>
    <message>
        <source>cannot %1 (%2); run it as the role that owns the directory, with CREATEROLE (see docs/agency.md)</source>
        <translation>no se puede %1 (%2); ejecútelo con el rol dueño del directorio, con CREATEROLE (vea docs/agency.md)</translation>
    </message>
    <message>
        <source>users are managed on a shared PostgreSQL directory only; a SQLite file has one user</source>
        <translation>los usuarios se administran solo en un directorio compartido de PostgreSQL; un archivo SQLite tiene un solo usuario</translation>
    </message>
    <message>
        <source>%1 does not own the shared directory&apos;s schema; run `db upgrade` as the role that owns it (see docs/agency.md)</source>
        <translation>%1 no es dueño del esquema del directorio compartido; ejecute `db upgrade` con el rol dueño (vea docs/agency.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63), e.g. casey or j.doe</source>
        <translation>&apos;%1&apos; no puede ser un nombre de usuario: use minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, empezando con una letra (63 como máximo), p. ej., casey o j.doe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved; choose another user name</source>
        <translation>&apos;%1&apos; está reservado; elija otro nombre de usuario</translation>
    </message>
    <message>
        <source>%1 is not a Program Finder user (see &apos;finder --db URL db users&apos;)</source>
        <translation>%1 no es un usuario de Program Finder (vea &apos;finder --db URL db users&apos;)</translation>
    </message>
    <message>
        <source>%1 is an administrator role (it bypasses row security); case managers need a login of their own</source>
        <translation>%1 es un rol de administrador (se salta la seguridad por filas); cada gestor de casos necesita su propio inicio de sesión</translation>
    </message>
    <message>
        <source>no checklist question with id &apos;%1&apos; (see &apos;finder checklist --questions&apos;)</source>
        <translation>no hay ninguna pregunta de la lista de verificación con el id &apos;%1&apos; (vea &apos;finder checklist --questions&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer; use one of %2</source>
        <translation>&apos;%1&apos; no es una respuesta; use una de estas: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no question: use one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; es una pregunta de sí o no: use una de estas: %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; should look like QUESTION_ID=VALUE (see &apos;finder checklist --questions&apos;)</source>
        <translation>%1 &apos;%2&apos; debe tener la forma ID_PREGUNTA=VALOR (vea &apos;finder checklist --questions&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an open question, answered by its note: use --note %1=TEXT (or %1=answered / %1=not-asked), not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; es una pregunta abierta que se responde con su nota: use --note %1=TEXTO (o %1=answered / %1=not-asked), no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>backups are made of a local SQLite directory only; use the server&apos;s own backups for a shared database</source>
        <translation>las copias de seguridad se hacen solo de un directorio SQLite local; para una base de datos compartida use las copias de seguridad del propio servidor</translation>
    </message>
    <message>
        <source>there are no backups yet</source>
        <translation>todavía no hay copias de seguridad</translation>
    </message>
    <message>
        <source>no backup %1: choose 1 to %2 (&apos;finder backup list&apos;)</source>
        <translation>no existe la copia de seguridad %1: elija de 1 a %2 (&apos;finder backup list&apos;)</translation>
    </message>
    <message>
        <source>backup %1 (%2) is damaged; choose another</source>
        <translation>la copia de seguridad %1 (%2) está dañada; elija otra</translation>
    </message>
    <message>
        <source>accepting &apos;%1&apos; is not yes, no or unknown</source>
        <translation>el valor de cupo &apos;%1&apos; no es yes, no ni unknown</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; is not one of %2</source>
        <translation>el resultado &apos;%1&apos; no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>wait of %1 days: give 0 to %2 days</source>
        <translation>espera de %1 días: indique de 0 a %2 días</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD, e.g. 2026-12-15</source>
        <translation>%1 &apos;%2&apos; no es una fecha; use AAAA-MM-DD, p. ej., 2026-12-15</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact a call can confirm: use phone, address, website or a tag slug such as medicaid, iop, adolescents, evening (see &apos;finder search --help&apos;)</source>
        <translation>&apos;%1&apos; no es un dato que una llamada pueda confirmar: use phone, address, website o una etiqueta como medicaid, iop, adolescents, evening (vea &apos;finder search --help&apos;)</translation>
    </message>
    <message>
        <source>--confirm &apos;%1&apos; should look like FIELD=yes or FIELD=no</source>
        <translation>--confirm &apos;%1&apos; debe tener la forma CAMPO=yes o CAMPO=no</translation>
    </message>
    <message>
        <source>--confirm %1: &apos;%2&apos; is not yes or no</source>
        <translation>--confirm %1: &apos;%2&apos; no es yes ni no</translation>
    </message>
    <message>
        <source>no program with id %1</source>
        <translation>no hay ningún programa con el id %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an open question, answered by its note: add --note %1=TEXT</source>
        <translation>&apos;%1&apos; es una pregunta abierta que se responde con su nota: agregue --note %1=TEXTO</translation>
    </message>
    <message>
        <source>say who you spoke to (--spoke-to NAME) before giving when</source>
        <translation>indique con quién habló (--spoke-to NOMBRE) antes de indicar cuándo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an open question: a note answers it, so it cannot be not-asked with a note</source>
        <translation>&apos;%1&apos; es una pregunta abierta: una nota la responde, así que no puede quedar como no preguntada con una nota</translation>
    </message>
    <message>
        <source>the shortlist &apos;%1&apos; has %2 programs and a comparison shows at most %3; choose them with --ids ID,ID,... (ids from &apos;finder shortlist list&apos;)</source>
        <translation>la lista corta &apos;%1&apos; tiene %2 programas y una comparación muestra como máximo %3; elíjalos con --ids ID,ID,... (los id aparecen en &apos;finder shortlist list&apos;)</translation>
    </message>
    <message>
        <source>--ids needs program ids separated by commas, e.g. --ids 12,15,9</source>
        <translation>--ids necesita id de programas separados por comas, p. ej., --ids 12,15,9</translation>
    </message>
    <message>
        <source>the shortlist &apos;%1&apos; has no programs to compare; add some with &apos;finder shortlist add &quot;%1&quot; ID...&apos;</source>
        <translation>la lista corta &apos;%1&apos; no tiene programas para comparar; agregue algunos con &apos;finder shortlist add &quot;%1&quot; ID...&apos;</translation>
    </message>
    <message>
        <source>choose at least one program to compare</source>
        <translation>elija al menos un programa para comparar</translation>
    </message>
    <message>
        <source>a comparison shows at most %1 programs; %2 were given</source>
        <translation>una comparación muestra como máximo %1 programas; se indicaron %2</translation>
    </message>
    <message>
        <source>program %1 is named twice in --ids</source>
        <translation>el programa %1 aparece dos veces en --ids</translation>
    </message>
    <message>
        <source>program %1 is not on the shortlist &apos;%2&apos; (see &apos;finder shortlist list&apos;)</source>
        <translation>el programa %1 no está en la lista corta &apos;%2&apos; (vea &apos;finder shortlist list&apos;)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>contains an invisible control character (%1); type it again without it</source>
        <translation>contiene un carácter de control invisible (%1); escríbalo de nuevo sin él</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2); type it again without it</source>
        <translation>%1 contiene un carácter de control invisible (%2); escríbalo de nuevo sin él</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of: %2</source>
        <translation>idioma desconocido «%1»; use uno de: %2</translation>
    </message>
    <message>
        <source>the %1 translation is missing (%2); build it with `make translations`</source>
        <translation>falta la traducción al %1 (%2); genérela con `make translations`</translation>
    </message>
    <message>
        <source>size &apos;%1&apos; is not WIDTHxHEIGHT in pixels, such as 1280x800</source>
        <translation>el tamaño «%1» no es ANCHOxALTO en píxeles, como 1280x800</translation>
    </message>
    <message>
        <source>size &apos;%1&apos;: width and height must each be %2-%3 pixels</source>
        <translation>tamaño «%1»: el ancho y el alto deben estar entre %2 y %3 píxeles</translation>
    </message>
    <message>
        <source>cannot start printing (the printer or file is not available)</source>
        <translation>no se puede empezar a imprimir (la impresora o el archivo no están disponibles)</translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos;; use letter or a4</source>
        <translation>tamaño de papel desconocido «%1»; use letter o a4</translation>
    </message>
    <message>
        <source>the folder %1 is read-only: the directory can be searched and read, but not changed; nothing was changed</source>
        <translation>la carpeta %1 es de solo lectura: el directorio se puede buscar y leer, pero no cambiar; no se cambió nada</translation>
    </message>
    <message>
        <source>a backup could not be made in %1 (%2); nothing was changed</source>
        <translation>no se pudo hacer una copia de seguridad en %1 (%2); no se cambió nada</translation>
    </message>
    <message>
        <source>the disk is full (%1 MB free); nothing was changed. A backup of the directory needs about %2 MB in %3: free some space and try again</source>
        <translation>el disco está lleno (%1 MB libres); no se cambió nada. Una copia de seguridad del directorio necesita unos %2 MB en %3: libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk is full (%1 MB free); nothing was changed. Free some space and restore again</source>
        <translation>el disco está lleno (%1 MB libres); no se cambió nada. Libere espacio y vuelva a restaurar</translation>
    </message>
    <message>
        <source>the follow-up date %1 is before the call (%2): a follow-up comes after it</source>
        <translation>la fecha de seguimiento %1 es anterior a la llamada (%2): el seguimiento va después</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program id (a whole number)</source>
        <translation>&apos;%1&apos; no es un id de programa (un número entero)</translation>
    </message>
    <message>
        <source>is longer than %1 characters in all</source>
        <translation>tiene más de %1 caracteres en total</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; is %2 characters long; at most %3 per entry</source>
        <translation>&apos;%1…&apos; tiene %2 caracteres; como máximo %3 por elemento</translation>
    </message>
    <message>
        <source>ZIP %1 is not in the offline gazetteer; give the location as LAT,LON as well</source>
        <translation>el código postal %1 no está en la lista de lugares sin conexión; indique también la ubicación como LAT,LON</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as %2</source>
        <translation>%1 es una carpeta; indique un nombre de archivo como %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>location_precision &apos;%1&apos; is not exact, zip or manual</source>
        <translation>location_precision &apos;%1&apos; no es exact, zip ni manual</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not active or do-not-refer</source>
        <translation>status &apos;%1&apos; no es active ni do-not-refer</translation>
    </message>
    <message>
        <source>%1: datapackage.json points outside the package (%2)</source>
        <translation>%1: datapackage.json apunta fuera del paquete (%2)</translation>
    </message>
    <message>
        <source>%1: datapackage.json points to a web address (%2); an import reads only files inside the package</source>
        <translation>%1: datapackage.json apunta a una dirección web (%2); una importación lee solo archivos dentro del paquete</translation>
    </message>
    <message>
        <source>%1 was not imported: its datapackage.json lists more than %2 tables; an import reads at most %2</source>
        <translation>%1 no se importó: su datapackage.json enumera más de %2 tablas; una importación lee como máximo %2</translation>
    </message>
    <message>
        <source>%1: table %2 (%3) is listed in datapackage.json but missing</source>
        <translation>%1: la tabla %2 (%3) aparece en datapackage.json pero no está</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>no se encontró el archivo: %1</translation>
    </message>
    <message>
        <source>%1: attributes need the taxonomy_term table, which is missing</source>
        <translation>%1: los atributos necesitan la tabla taxonomy_term, que no está</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2%3</source>
        <translation>%1 no se importó y no cambió nada: %2%3</translation>
    </message>
    <message>
        <source>%1: the HSDS package has no service_at_location rows</source>
        <translation>%1: el paquete HSDS no tiene filas de service_at_location</translation>
    </message>
    <message>
        <source>has neither a name nor an address</source>
        <translation>no tiene nombre ni dirección</translation>
    </message>
    <message>
        <source>%1: datapackage.json is not a valid data package (it needs a list of resources)</source>
        <translation>%1: datapackage.json no es un paquete de datos válido (necesita una lista de recursos)</translation>
    </message>
    <message>
        <source>%1: the HSDS table %2 is missing from datapackage.json</source>
        <translation>%1: falta la tabla HSDS %2 en datapackage.json</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
    <message>
        <source>its location (%1 row %2) has %3</source>
        <translation>su ubicación (%1, fila %2) tiene %3</translation>
    </message>
    <message>
        <source>%1 is a folder without datapackage.json; an HSDS import needs the whole datapackage</source>
        <translation>%1 es una carpeta sin datapackage.json; una importación HSDS necesita el paquete de datos completo</translation>
    </message>
    <message>
        <source>%1 is a zip without datapackage.json; an HSDS import needs a Frictionless datapackage</source>
        <translation>%1 es un zip sin datapackage.json; una importación HSDS necesita un paquete de datos Frictionless</translation>
    </message>
    <message>
        <source>%1: %2 is a link to a file outside the package</source>
        <translation>%1: %2 es un enlace a un archivo fuera del paquete</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &apos;%4&apos; is not an id in %5</source>
        <translation>%1, fila %2: %3 &apos;%4&apos; no es un id de %5</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty</source>
        <translation>%1, fila %2: %3 está vacío</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1, fila %2: %3</translation>
    </message>
    <message>
        <source>%1 was not imported: it is more than %2; an import reads at most %2</source>
        <translation>%1 no se importó: ocupa más de %2; una importación lee como máximo %2</translation>
    </message>
    <message>
        <source>%1 was not imported: it unpacks to more than %2; an import reads at most %2</source>
        <translation>%1 no se importó: al descomprimirlo ocupa más de %2; una importación lee como máximo %2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 text, which an import does not read; open it and save it again as UTF-8 (in Excel: Save As &gt; CSV UTF-8)</source>
        <translation>%1 está guardado como texto UTF-16, que una importación no lee; ábralo y guárdelo de nuevo como UTF-8 (en Excel: Guardar como &gt; CSV UTF-8)</translation>
    </message>
    <message>
        <source>%1 is not a text, XLSX or zip file</source>
        <translation>%1 no es un archivo de texto, XLSX ni zip</translation>
    </message>
    <message>
        <source>%1 was not imported: it holds more than %2 files; an import reads at most %2</source>
        <translation>%1 no se importó: contiene más de %2 archivos; una importación lee como máximo %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; import a file without a password</source>
        <translation>%1 está cifrado; importe un archivo sin contraseña</translation>
    </message>
    <message>
        <source>%1 uses a compression other than deflate, which the import does not read</source>
        <translation>%1 usa una compresión distinta de deflate, que la importación no lee</translation>
    </message>
    <message>
        <source>%1 was not imported: it unpacks to more than %2 times its packed size (a zip bomb?), the most an import accepts is %2:1</source>
        <translation>%1 no se importó: al descomprimirlo ocupa más de %2 veces su tamaño comprimido (¿una bomba zip?); lo máximo que acepta una importación es %2:1</translation>
    </message>
    <message>
        <source>%1 is a folder; import a file (or an HSDS folder with datapackage.json)</source>
        <translation>%1 es una carpeta; importe un archivo (o una carpeta HSDS con datapackage.json)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged gzip file</source>
        <translation>%1 es un archivo gzip dañado</translation>
    </message>
    <message>
        <source>%1 was not imported: it has more than %2 rows, the most an import reads</source>
        <translation>%1 no se importó: tiene más de %2 filas, lo máximo que lee una importación</translation>
    </message>
    <message>
        <source>%1 was not imported: it has more than %2 cells, the most an import reads</source>
        <translation>%1 no se importó: tiene más de %2 celdas, lo máximo que lee una importación</translation>
    </message>
    <message>
        <source>%1 is not readable CSV: %2</source>
        <translation>%1 no es un CSV legible: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file (%2: %3)</source>
        <translation>%1 es un archivo zip dañado (%2: %3)</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook (%2)</source>
        <translation>%1 no es un libro XLSX legible (%2)</translation>
    </message>
    <message>
        <source>%1 was not imported: it is too large to read in this computer&apos;s memory</source>
        <translation>%1 no se importó: es demasiado grande para leerlo en la memoria de esta computadora</translation>
    </message>
    <message>
        <source>%1 was not imported: row %2 has more than %3 columns, the most an import reads</source>
        <translation>%1 no se importó: la fila %2 tiene más de %3 columnas, lo máximo que lee una importación</translation>
    </message>
    <message>
        <source>%1 was not imported: its part %2 declares XML entities (an entity bomb?), which a workbook never needs</source>
        <translation>%1 no se importó: su parte %2 declara entidades XML (¿una bomba de entidades?), algo que un libro nunca necesita</translation>
    </message>
    <message>
        <source>%1 is an XLSX workbook without a worksheet</source>
        <translation>%1 es un libro XLSX sin ninguna hoja</translation>
    </message>
    <message>
        <source>%1 was not imported: a row of its sheet has more than %2 columns, the most an import reads</source>
        <translation>%1 no se importó: una fila de su hoja tiene más de %2 columnas, lo máximo que lee una importación</translation>
    </message>
    <message>
        <source>%1 was not imported: it holds more shared strings than its sheets have cells (more than %2), which a workbook never needs</source>
        <translation>%1 no se importó: contiene más cadenas compartidas que celdas tienen sus hojas (más de %2), algo que un libro nunca necesita</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (%3 to %4)</source>
        <translation>%1 %2 está fuera de rango (%3 a %4)</translation>
    </message>
    <message>
        <source>has an address but no name</source>
        <translation>tiene dirección pero no nombre</translation>
    </message>
    <message>
        <source>state &apos;%1&apos; is not a US state or territory code</source>
        <translation>el estado &apos;%1&apos; no es un código de estado o territorio de EE. UU.</translation>
    </message>
    <message>
        <source>has a latitude or a longitude but not both</source>
        <translation>tiene latitud o longitud, pero no ambas</translation>
    </message>
    <message>
        <source>ZIP &apos;%1&apos; is not a ZIP code (5 digits or ZIP+4, e.g. 92660)</source>
        <translation>el código postal &apos;%1&apos; no es válido (5 dígitos o ZIP+4, p. ej., 92660)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;; valid: %2</source>
        <translation>formato de importación desconocido: &apos;%1&apos;; válidos: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 has a header but no rows</source>
        <translation>%1 tiene encabezado pero ninguna fila</translation>
    </message>
    <message>
        <source>%1 has an unknown layout: expected a SAMHSA directory, a SAMHSA locator export, an HSDS datapackage or a Program Finder export</source>
        <translation>%1 tiene una estructura desconocida: se esperaba un directorio de SAMHSA, una exportación del localizador de SAMHSA, un paquete de datos HSDS o una exportación de Program Finder</translation>
    </message>
    <message>
        <source>%1 does not have the columns of the %2 format</source>
        <translation>%1 no tiene las columnas del formato %2</translation>
    </message>
    <message>
        <source>%1 needs given; a shortlist holds at most %2</source>
        <translation>se indicaron %1 necesidades; una lista corta admite como máximo %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a need this directory knows: use tag slugs such as medicaid, adolescents, iop, evening (vocabulary:slug when a slug is in two)</source>
        <translation>&apos;%1&apos; no es una necesidad que este directorio conozca: use etiquetas como medicaid, adolescents, iop, evening (vocabulario:etiqueta cuando una etiqueta está en dos)</translation>
    </message>
    <message>
        <source>backups are made of a local SQLite directory only; use the server&apos;s own backups (pg_dump) for a shared database</source>
        <translation>las copias de seguridad se hacen solo de un directorio SQLite local; para una base de datos compartida use las copias de seguridad del propio servidor (pg_dump)</translation>
    </message>
    <message>
        <source>cannot read the origin &apos;%1&apos;: use a ZIP (92660), &apos;City, ST&apos; (Newport Beach, CA) or lat,lon (33.6,-117.9); street addresses need online lookup (--online)</source>
        <translation>no se puede interpretar el origen &apos;%1&apos;: use un código postal (92660), &apos;Ciudad, ST&apos; (Newport Beach, CA) o lat,lon (33.6,-117.9); las direcciones con calle requieren la búsqueda en línea (--online)</translation>
    </message>
    <message>
        <source>no origin given: type a ZIP (92660), a city (Newport Beach, CA) or lat,lon</source>
        <translation>no se indicó un origen: escriba un código postal (92660), una ciudad (Newport Beach, CA) o lat,lon</translation>
    </message>
    <message>
        <source>online lookup found nothing</source>
        <translation>la búsqueda en línea no encontró nada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be found: %2, and it holds no known ZIP or &apos;City, ST&apos;</source>
        <translation>no se pudo encontrar &apos;%1&apos;: %2, y no contiene ningún código postal ni &apos;Ciudad, ST&apos; conocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid location: latitude must be -90..90 and longitude -180..180</source>
        <translation>&apos;%1&apos; no es una ubicación válida: la latitud debe estar entre -90 y 90 y la longitud entre -180 y 180</translation>
    </message>
    <message>
        <source>ZIP code %1 was not found in the offline ZIP list</source>
        <translation>el código postal %1 no está en la lista de códigos postales sin conexión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US state or territory code (in &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; no es un código de estado o territorio de EE. UU. (en &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>city &apos;%1, %2&apos; was not found in the offline place list</source>
        <translation>la ciudad &apos;%1, %2&apos; no está en la lista de lugares sin conexión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs its state: %2</source>
        <translation>&apos;%1&apos; necesita su estado: %2</translation>
    </message>
    <message>
        <source>online lookup failed (%1)</source>
        <translation>falló la búsqueda en línea (%1)</translation>
    </message>
    <message>
        <source>limit must be at least 1</source>
        <translation>el límite debe ser al menos 1</translation>
    </message>
    <message>
        <source>no shortlist named &apos;%1&apos; (see &apos;finder shortlist list&apos;)</source>
        <translation>no hay ninguna lista corta llamada &apos;%1&apos; (vea &apos;finder shortlist list&apos;)</translation>
    </message>
    <message>
        <source>a shortlist needs a name: use a case reference such as &apos;Case 2291&apos;, not a client&apos;s name</source>
        <translation>una lista corta necesita un nombre: use una referencia de caso como &apos;Caso 2291&apos;, no el nombre de un cliente</translation>
    </message>
    <message>
        <source>a shortlist name can be at most %1 characters</source>
        <translation>el nombre de una lista corta puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the shortlist &apos;%1&apos; is private to %2; only they can open or change it</source>
        <translation>la lista corta &apos;%1&apos; es privada de %2; solo esa persona puede abrirla o cambiarla</translation>
    </message>
    <message>
        <source>several shared shortlists are named &apos;%1&apos; (made by %2); ask one of them to rename theirs</source>
        <translation>varias listas cortas compartidas se llaman &apos;%1&apos; (creadas por %2); pida a alguna de esas personas que le cambie el nombre a la suya</translation>
    </message>
    <message>
        <source>program %1 is not on the shortlist &apos;%2&apos;; add it with &apos;finder shortlist add &quot;%2&quot; %1&apos;</source>
        <translation>el programa %1 no está en la lista corta &apos;%2&apos;; agréguelo con &apos;finder shortlist add &quot;%2&quot; %1&apos;</translation>
    </message>
    <message>
        <source>a shortlist named &apos;%1&apos; already exists (private to %2); choose another name or add to that one</source>
        <translation>ya existe una lista corta llamada &apos;%1&apos; (privada de %2); elija otro nombre o agregue a esa</translation>
    </message>
    <message>
        <source>only %1, who made the shortlist &apos;%2&apos;, can change who sees it</source>
        <translation>solo %1, quien creó la lista corta &apos;%2&apos;, puede cambiar quién la ve</translation>
    </message>
    <message>
        <source>only %1, who made the shortlist &apos;%2&apos;, can delete it</source>
        <translation>solo %1, quien creó la lista corta &apos;%2&apos;, puede eliminarla</translation>
    </message>
    <message>
        <source>only %1, who made the call, can delete it</source>
        <translation>solo %1, quien hizo la llamada, puede eliminarla</translation>
    </message>
    <message>
        <source>no call %1 (see &apos;finder calls PROGRAM_ID&apos;)</source>
        <translation>no hay ninguna llamada %1 (vea &apos;finder calls PROGRAM_ID&apos;)</translation>
    </message>
    <message>
        <source>a shortlist named &apos;%1&apos; already exists; choose another name or add to that one</source>
        <translation>ya existe una lista corta llamada &apos;%1&apos;; elija otro nombre o agregue a esa</translation>
    </message>
    <message>
        <source>program %1 is not on the shortlist &apos;%2&apos;</source>
        <translation>el programa %1 no está en la lista corta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>online-lookup: &apos;%1&apos; is not on or off; use true or false</source>
        <translation>online-lookup: «%1» no dice ni activado ni desactivado; use true o false</translation>
    </message>
    <message>
        <source>database: use a file path, or a URL starting with postgresql:// (e.g. postgresql://me@server/finder)</source>
        <translation>database: use la ruta de un archivo o una URL que empiece por postgresql:// (p. ej. postgresql://yo@servidor/finder)</translation>
    </message>
    <message>
        <source>database: do not put a password in the URL (it would be stored and shown in clear); keep it in ~/.pgpass (chmod 600) and use postgresql://me@server/finder</source>
        <translation>database: no ponga una contraseña en la URL (se guardaría y se mostraría sin cifrar); guárdela en ~/.pgpass (chmod 600) y use postgresql://yo@servidor/finder</translation>
    </message>
    <message>
        <source>user-name: at most 200 characters</source>
        <translation>user-name: 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>user-name: control characters are not allowed</source>
        <translation>user-name: no se permiten caracteres de control</translation>
    </message>
    <message>
        <source>language: &apos;%1&apos; is not one of %2 (unset it to follow the system)</source>
        <translation>language: «%1» no es uno de %2 (bórrelo para seguir al sistema)</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are %2</source>
        <translation>ajuste desconocido «%1»; los ajustes son %2</translation>
    </message>
    <message>
        <source>database: that URL cannot be read; e.g. postgresql://me@server/finder</source>
        <translation>database: esa URL no se puede leer; p. ej. postgresql://yo@servidor/finder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Calle (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Intake phone</source>
        <translation>Teléfono de admisión</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Insurance carriers</source>
        <translation>Aseguradoras</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles de atención</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Atiende a</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>in the same ZIP code area as %1</source>
        <translation>en la misma zona postal que %1</translation>
    </message>
    <message>
        <source>about %1 miles from %2</source>
        <translation>unas %1 millas desde %2</translation>
    </message>
    <message>
        <source>%1 miles from %2</source>
        <translation>%1 millas desde %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>(this number was wrong when we called on %1)</source>
        <translation>(este número estaba equivocado cuando llamamos el %1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>To start the program (intake)</source>
        <translation>Para empezar el programa (admisión)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Ayuda con</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Tipos de atención</translation>
    </message>
    <message>
        <source>Ways to pay</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Atiende a</translation>
    </message>
    <message>
        <source>Languages besides English</source>
        <translation>Idiomas además del inglés</translation>
    </message>
    <message>
        <source>Accredited by</source>
        <translation>Acreditado por</translation>
    </message>
    <message>
        <source>(see the word list)</source>
        <translation>(vea la lista de palabras)</translation>
    </message>
    <message>
        <source>Room for new people</source>
        <translation>Lugar para personas nuevas</translation>
    </message>
    <message>
        <source>What we found out on the phone</source>
        <translation>Lo que supimos por teléfono</translation>
    </message>
    <message>
        <source>Notes from the call, as they were typed</source>
        <translation>Notas de la llamada, tal como se escribieron</translation>
    </message>
    <message>
        <source>Note from your case manager</source>
        <translation>Nota de la persona que lleva su caso</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Preguntas para hacerles</translation>
    </message>
    <message>
        <source>✓ = the program told us this by phone on %1.</source>
        <translation>✓ = el programa nos lo dijo por teléfono el %1.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>The numbers on the map are the programs below. The center is %1.</source>
        <translation>Los números del mapa son los programas de abajo. En el centro está %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n program(s) marked do-not-refer.</source>
        <translation>
            <numerusform>Se dejó fuera %n programa marcado «no derivar».</numerusform>
            <numerusform>Se dejaron fuera %n programas marcados «no derivar».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n program(s) no longer in the directory.</source>
        <translation>
            <numerusform>Se dejó fuera %n programa que ya no está en el directorio.</numerusform>
            <numerusform>Se dejaron fuera %n programas que ya no están en el directorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call or text 988, the Suicide &amp; Crisis Lifeline, at any hour of the day or night (press 2 for Spanish).</source>
        <translation>Llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora del día o de la noche (marque 2 para español).</translation>
    </message>
    <message>
        <source>SAMHSA&apos;s National Helpline: 1-800-662-4357. Free and confidential, 24 hours a day, 7 days a week, in English and Spanish.</source>
        <translation>Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357. Es gratis y confidencial, las 24 horas del día, los 7 días de la semana, en inglés y en español.</translation>
    </message>
    <message>
        <source>In an emergency, call 911.</source>
        <translation>En una emergencia, llame al 911.</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesita ayuda ahora?</translation>
    </message>
    <message>
        <source>What is an intensive outpatient program (IOP)?</source>
        <translation>¿Qué es un programa intensivo ambulatorio (IOP)?</translation>
    </message>
    <message>
        <source>An IOP treats alcohol or drug use, mental health problems, or both. It is for people who need more help than a weekly visit but can still live at home, so they keep up with work, school and family while they take part. It is not enough for someone in danger or who needs care around the clock.</source>
        <translation>Un IOP trata el consumo de alcohol o drogas, los problemas de salud mental, o ambos. Es para personas que necesitan más ayuda que una consulta por semana, pero que pueden seguir viviendo en casa; así siguen con su trabajo, sus estudios y su familia mientras participan. No es suficiente para alguien que está en peligro o que necesita atención a toda hora.</translation>
    </message>
    <message>
        <source>What a week looks like</source>
        <translation>Cómo es una semana</translation>
    </message>
    <message>
        <source>Most programs meet 3 to 5 days a week, 2 to 4 hours each time, in the daytime or the evening: about 9 to 12 hours a week. Most of the time is spent in small groups led by a therapist, with some time alone with a therapist and, in many programs, sessions with the family. Some sessions can be online. People usually stay from a few weeks to a few months; the treatment team decides when it is time to step down to less care.</source>
        <translation>La mayoría de los programas se reúnen de 3 a 5 días por semana, de 2 a 4 horas cada vez, de día o de noche: unas 9 a 12 horas por semana. Casi todo el tiempo se trabaja en grupos pequeños con un terapeuta; también hay sesiones a solas con un terapeuta y, en muchos programas, sesiones con la familia. Algunas sesiones pueden ser en línea. Por lo general, las personas se quedan entre unas semanas y unos meses; el equipo de tratamiento decide cuándo es momento de pasar a una atención menos intensa.</translation>
    </message>
    <message>
        <source>Your insurance card or Medicaid card</source>
        <translation>Su tarjeta del seguro médico o de Medicaid</translation>
    </message>
    <message>
        <source>A photo ID</source>
        <translation>Una identificación con foto</translation>
    </message>
    <message>
        <source>A list of all medicines, with how much is taken</source>
        <translation>Una lista de todas las medicinas, con la cantidad que se toma</translation>
    </message>
    <message>
        <source>Names and phone numbers of doctors or counselors</source>
        <translation>Nombres y teléfonos de los médicos o consejeros</translation>
    </message>
    <message>
        <source>Papers from any recent hospital stay or treatment</source>
        <translation>Los papeles de una hospitalización o un tratamiento reciente</translation>
    </message>
    <message>
        <source>This sheet, with your questions</source>
        <translation>Esta hoja, con sus preguntas</translation>
    </message>
    <message>
        <source>What to bring to the first visit</source>
        <translation>Qué llevar a la primera cita</translation>
    </message>
    <message>
        <source>If the person is under 18, a parent or guardian should come too.</source>
        <translation>Si la persona tiene menos de 18 años, debe ir también su madre, su padre o su tutor.</translation>
    </message>
    <message>
        <source>IOP (intensive outpatient program)</source>
        <translation>IOP (programa intensivo ambulatorio)</translation>
    </message>
    <message>
        <source>Treatment several days a week, a few hours each time, while living at home.</source>
        <translation>Tratamiento varios días por semana, unas horas cada vez, mientras la persona vive en casa.</translation>
    </message>
    <message>
        <source>PHP / day treatment (partial hospitalization)</source>
        <translation>PHP / tratamiento de día (hospitalización parcial)</translation>
    </message>
    <message>
        <source>Treatment for most of the day, 5 or more days a week; the person sleeps at home.</source>
        <translation>Tratamiento durante casi todo el día, 5 días o más por semana; la persona duerme en casa.</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>The person lives at the treatment center for weeks or months.</source>
        <translation>La persona vive en el centro de tratamiento durante semanas o meses.</translation>
    </message>
    <message>
        <source>Detox</source>
        <translation>Desintoxicación (detox)</translation>
    </message>
    <message>
        <source>Medical care while the body clears alcohol or drugs, so that stopping is safe.</source>
        <translation>Atención médica mientras el cuerpo elimina el alcohol o las drogas, para dejarlos sin peligro.</translation>
    </message>
    <message>
        <source>MAT (medication for addiction treatment)</source>
        <translation>MAT (tratamiento de la adicción con medicamentos)</translation>
    </message>
    <message>
        <source>Medicines, together with counseling, that ease cravings and withdrawal from alcohol or opioids.</source>
        <translation>Medicinas que, junto con la consejería, calman las ganas de consumir y los síntomas de abstinencia del alcohol o de los opioides.</translation>
    </message>
    <message>
        <source>CARF</source>
        <translation>CARF</translation>
    </message>
    <message>
        <source>An independent group that checks the quality of treatment programs. A program it approves is “accredited”.</source>
        <translation>Una organización independiente que revisa la calidad de los programas de tratamiento. Un programa que ella aprueba está “acreditado”.</translation>
    </message>
    <message>
        <source>Joint Commission</source>
        <translation>Joint Commission</translation>
    </message>
    <message>
        <source>An independent group that checks the quality of hospitals and treatment programs.</source>
        <translation>Una organización independiente que revisa la calidad de hospitales y programas de tratamiento.</translation>
    </message>
    <message>
        <source>12-step facilitation</source>
        <translation>Facilitación de 12 pasos</translation>
    </message>
    <message>
        <source>Help to join groups such as Alcoholics Anonymous or Narcotics Anonymous, which follow 12 steps.</source>
        <translation>Ayuda para unirse a grupos como Alcohólicos Anónimos o Narcóticos Anónimos, que siguen 12 pasos.</translation>
    </message>
    <message>
        <source>CBT (cognitive behavioral therapy)</source>
        <translation>CBT (terapia cognitivo-conductual, TCC)</translation>
    </message>
    <message>
        <source>Therapy that helps a person notice thoughts and habits that hurt them, and practice new ones.</source>
        <translation>Terapia que ayuda a la persona a notar los pensamientos y hábitos que le hacen daño, y a practicar otros nuevos.</translation>
    </message>
    <message>
        <source>DBT (dialectical behavior therapy)</source>
        <translation>DBT (terapia dialéctica conductual, TDC)</translation>
    </message>
    <message>
        <source>Therapy that teaches skills for strong emotions, stress and relationships.</source>
        <translation>Terapia que enseña a manejar las emociones fuertes, el estrés y las relaciones con los demás.</translation>
    </message>
    <message>
        <source>Words used on this sheet</source>
        <translation>Palabras que usamos en esta hoja</translation>
    </message>
    <message>
        <source>information as of %1</source>
        <translation>datos de %1</translation>
    </message>
    <message>
        <source>The program details come from the national directory of treatment programs of SAMHSA, an agency of the U.S. government (%1), and from phone calls to the programs where this sheet says so. Programs change: call before you go. What we say about IOPs and about a week in one is our own summary of articles on intensive outpatient care.</source>
        <translation>Los datos de los programas vienen del directorio nacional de programas de tratamiento de SAMHSA, una agencia del gobierno de los Estados Unidos (%1), y de llamadas a los programas, donde esta hoja lo indica. Los programas cambian: llame antes de ir. Lo que decimos sobre los IOP y sobre cómo es una semana es nuestro propio resumen de artículos sobre la atención intensiva ambulatoria.</translation>
    </message>
    <message>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <source>Treatment programs to consider</source>
        <translation>Programas de tratamiento para considerar</translation>
    </message>
    <message>
        <source>Prepared on %1.</source>
        <translation>Preparado el %1.</translation>
    </message>
    <message>
        <source>Distances are measured from %1.</source>
        <translation>Las distancias se miden desde %1.</translation>
    </message>
    <message>
        <source>Do not choose a program only because it is close or easy to get to: decide together with a doctor, counselor or other healthcare professional who knows what this person needs.</source>
        <translation>No elija un programa solo porque queda cerca o es fácil llegar: decida junto con un médico, un consejero u otro profesional de la salud que sepa lo que esta persona necesita.</translation>
    </message>
    <message>
        <source>There are no programs on this list yet.</source>
        <translation>Todavía no hay programas en esta lista.</translation>
    </message>
    <message>
        <source>%1 · prepared on %2</source>
        <translation>%1 · preparado el %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Alcohol or drug use</source>
        <translation>Consumo de alcohol o drogas</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Mental health and substance use together</source>
        <translation>Salud mental y consumo de sustancias a la vez</translation>
    </message>
    <message>
        <source>A program for teens</source>
        <translation>Un programa para adolescentes</translation>
    </message>
    <message>
        <source>A program for eating disorders</source>
        <translation>Un programa para trastornos de la alimentación</translation>
    </message>
    <message>
        <source>Intensive outpatient (IOP)</source>
        <translation>Programa intensivo ambulatorio (IOP)</translation>
    </message>
    <message>
        <source>Day treatment (PHP)</source>
        <translation>Tratamiento de día (PHP)</translation>
    </message>
    <message>
        <source>Regular outpatient visits</source>
        <translation>Consultas ambulatorias regulares</translation>
    </message>
    <message>
        <source>Residential (living at the center)</source>
        <translation>Residencial (vivir en el centro)</translation>
    </message>
    <message>
        <source>A hospital stay</source>
        <translation>Internación en un hospital</translation>
    </message>
    <message>
        <source>Sessions by video or phone</source>
        <translation>Sesiones por video o por teléfono</translation>
    </message>
    <message>
        <source>The national list does not say whether they have an intensive outpatient program: ask them.</source>
        <translation>La lista nacional no dice si tienen un programa intensivo ambulatorio: pregúnteles.</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Medicare</source>
        <translation>Medicare</translation>
    </message>
    <message>
        <source>Private health insurance</source>
        <translation>Seguro médico privado</translation>
    </message>
    <message>
        <source>Military insurance (TRICARE)</source>
        <translation>Seguro militar (TRICARE)</translation>
    </message>
    <message>
        <source>Indian Health Service or tribal health programs</source>
        <translation>Servicio de Salud Indígena (IHS) o programas de salud tribales</translation>
    </message>
    <message>
        <source>Health plans paid for by the state</source>
        <translation>Planes de salud pagados por el estado</translation>
    </message>
    <message>
        <source>Paying on your own</source>
        <translation>Pago por su cuenta</translation>
    </message>
    <message>
        <source>Lower fees for lower incomes (sliding scale)</source>
        <translation>Precios más bajos según los ingresos (escala móvil)</translation>
    </message>
    <message>
        <source>Help with paying</source>
        <translation>Ayuda para pagar</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Teens</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Young adults</source>
        <translation>Adultos jóvenes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Older adults</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>Personas LGBTQ+</translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation>Veteranos</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Pregnant women and new mothers</source>
        <translation>Mujeres embarazadas y madres recientes</translation>
    </message>
    <message>
        <source>People who have lived through trauma</source>
        <translation>Personas que han vivido un trauma</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>They have helped people with similar problems.</source>
        <translation>Han ayudado a personas con problemas parecidos.</translation>
    </message>
    <message>
        <source>They work with people of a similar background and culture.</source>
        <translation>Trabajan con personas de origen y cultura parecidos.</translation>
    </message>
    <message>
        <source>They think more care may be needed than they offer: talk about this with a doctor.</source>
        <translation>Creen que puede hacer falta más atención de la que ellos ofrecen: hable de esto con un médico.</translation>
    </message>
    <message>
        <source>Someone there can prescribe and check medicines.</source>
        <translation>Allí hay quien puede recetar y controlar medicinas.</translation>
    </message>
    <message>
        <source>They do not prescribe medicines.</source>
        <translation>No recetan medicinas.</translation>
    </message>
    <message>
        <source>Medical checkups and advice on food and nutrition are part of the program.</source>
        <translation>El programa incluye revisiones médicas y consejos sobre alimentación y nutrición.</translation>
    </message>
    <message>
        <source>They said they take your insurance or Medicaid. Check with your insurance too.</source>
        <translation>Dijeron que aceptan su seguro médico o Medicaid. Confírmelo también con su seguro.</translation>
    </message>
    <message>
        <source>They said they do not take your insurance or Medicaid.</source>
        <translation>Dijeron que no aceptan su seguro médico ni Medicaid.</translation>
    </message>
    <message>
        <source>They offer lower fees, a payment plan or other help with paying.</source>
        <translation>Ofrecen precios más bajos, un plan de pagos u otra ayuda para pagar.</translation>
    </message>
    <message>
        <source>They do not offer help with paying.</source>
        <translation>No ofrecen ayuda para pagar.</translation>
    </message>
    <message>
        <source>They have an intensive outpatient program.</source>
        <translation>Tienen un programa intensivo ambulatorio.</translation>
    </message>
    <message>
        <source>They do not have an intensive outpatient program.</source>
        <translation>No tienen un programa intensivo ambulatorio.</translation>
    </message>
    <message>
        <source>There are daytime and evening groups.</source>
        <translation>Hay grupos de día y de noche.</translation>
    </message>
    <message>
        <source>There is no choice between daytime and evening groups.</source>
        <translation>No se puede elegir entre grupos de día y de noche.</translation>
    </message>
    <message>
        <source>The program is accredited: an outside group has checked its quality.</source>
        <translation>El programa está acreditado: una organización externa revisó su calidad.</translation>
    </message>
    <message>
        <source>How does the first visit work, and what should we bring?</source>
        <translation>¿Cómo es la primera cita y qué debemos llevar?</translation>
    </message>
    <message>
        <source>Do you take our insurance or Medicaid?</source>
        <translation>¿Aceptan nuestro seguro médico o Medicaid?</translation>
    </message>
    <message>
        <source>How much will we have to pay ourselves?</source>
        <translation>¿Cuánto tendremos que pagar de nuestro bolsillo?</translation>
    </message>
    <message>
        <source>How many days a week, and how many hours each time?</source>
        <translation>¿Cuántos días por semana y cuántas horas cada vez?</translation>
    </message>
    <message>
        <source>Are there evening groups?</source>
        <translation>¿Hay grupos de noche?</translation>
    </message>
    <message>
        <source>How do you help with school work during the program?</source>
        <translation>¿Cómo ayudan con las tareas de la escuela durante el programa?</translation>
    </message>
    <message>
        <source>Is there medical care and advice on nutrition?</source>
        <translation>¿Hay atención médica y consejos sobre nutrición?</translation>
    </message>
    <message>
        <source>Can someone there prescribe and check medicines?</source>
        <translation>¿Hay alguien allí que pueda recetar y controlar medicinas?</translation>
    </message>
    <message>
        <source>How can the family take part?</source>
        <translation>¿Cómo puede participar la familia?</translation>
    </message>
    <message>
        <source>Can some sessions be online?</source>
        <translation>¿Algunas sesiones pueden ser en línea?</translation>
    </message>
    <message>
        <source>How long do people usually stay?</source>
        <translation>¿Cuánto tiempo suelen quedarse las personas?</translation>
    </message>
    <message>
        <source>What help is there after the program ends?</source>
        <translation>¿Qué ayuda hay cuando termina el programa?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name2</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>street1</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>street2</source>
        <translation>calle (línea 2)</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>intake_phone</source>
        <translation>teléfono de admisión</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>insurers</source>
        <translation>aseguradoras</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>accreditation</source>
        <translation>acreditación</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>status_reason</source>
        <translation>motivo del estado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles de atención</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>populations</source>
        <translation>para quién</translation>
    </message>
    <message>
        <source>therapies</source>
        <translation>terapias</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>verified_on</source>
        <translation>verificado el</translation>
    </message>
    <message>
        <source>verified_by</source>
        <translation>verificado por</translation>
    </message>
    <message>
        <source>note on %1 (%2)</source>
        <translation>nota sobre %1 (%2)</translation>
    </message>
    <message>
        <source>answer to %1 (%2)</source>
        <translation>respuesta a %1 (%2)</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Historial — %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No changes recorded yet (imports and changes made before this version of the app are not listed).</source>
        <translation>Todavía no hay cambios anotados (no figuran las importaciones ni los cambios hechos antes de esta versión de la aplicación).</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Cambios, el más reciente primero</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Directory files</source>
        <translation>Archivos del directorio</translation>
    </message>
    <message>
        <source>HSDS datapackage</source>
        <translation>Paquete de datos HSDS</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelando… no se cambiará nada.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled; the directory was not changed.</source>
        <translation>Se canceló la importación; el directorio no cambió.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read in %4 s.</source>
        <translation>%1 (%2): %3 filas leídas en %4 s.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Agregados: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Merged with a listing of the same place: %1</source>
        <translation>Unidos con otra ficha del mismo lugar: %1</translation>
    </message>
    <message>
        <source>Your own edits kept: %1</source>
        <translation>Cambios suyos conservados: %1</translation>
    </message>
    <message>
        <source>Skipped (empty or junk rows): %1</source>
        <translation>Omitidas (filas vacías o sin datos útiles): %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Filas rechazadas: %1</translation>
    </message>
    <message>
        <source>Without a location: %1</source>
        <translation>Sin ubicación: %1</translation>
    </message>
    <message>
        <source>A backup of the directory was made first (File → Restore backup).</source>
        <translation>Antes se hizo una copia de seguridad del directorio (Archivo → Restaurar una copia de seguridad).</translation>
    </message>
    <message>
        <source>Import a directory file</source>
        <translation>Importar un archivo del directorio</translation>
    </message>
    <message>
        <source>Which edition of the directory is %1? A year, such as 2025; leave it empty if the file is not a whole edition or you do not know.</source>
        <translation>¿Qué edición del directorio es %1? Un año, como 2025; déjelo vacío si el archivo no es una edición completa o si no lo sabe.</translation>
    </message>
    <message>
        <source>“%1” is not a year such as 2025.</source>
        <translation>“%1” no es un año como 2025.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>On your shortlists</source>
        <translation>En sus listas cortas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Con cambios</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>Ya no figuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Listed again</source>
        <translation>Figuran de nuevo</translation>
    </message>
    <message>
        <source>Your edits kept</source>
        <translation>Sus cambios conservados</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>intake phone</source>
        <translation>teléfono de admisión</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>treats</source>
        <translation>atiende</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>for whom</source>
        <translation>para quién</translation>
    </message>
    <message>
        <source>therapies</source>
        <translation>terapias</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>accreditation</source>
        <translation>acreditación</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado del programa</translation>
    </message>
    <message>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>insurers</source>
        <translation>aseguradoras</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>verificado el</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) on your shortlists changed</source>
        <translation>
            <numerusform>%n programa de sus listas cortas cambió</numerusform>
            <numerusform>%n programas de sus listas cortas cambiaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) on your shortlists (is/are) no longer listed</source>
        <translation>
            <numerusform>%n programa de sus listas cortas ya no figura en el directorio</numerusform>
            <numerusform>%n programas de sus listas cortas ya no figuran en el directorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) no longer listed</source>
        <translation>
            <numerusform>%n ya no figura en el directorio</numerusform>
            <numerusform>%n ya no figuran en el directorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) on your shortlists (is/are) listed again</source>
        <translation>
            <numerusform>%n programa de sus listas cortas figura de nuevo</numerusform>
            <numerusform>%n programas de sus listas cortas figuran de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (is/are) listed again</source>
        <translation>
            <numerusform>%n figura de nuevo</numerusform>
            <numerusform>%n figuran de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed %n program(s), added %1, no longer listed %2, listed again %3, kept %4 of your edits; delisting: %5</source>
        <translation>
            <numerusform>con cambios: %n programa; nuevos: %1; ya no figuran: %2; figuran de nuevo: %3; cambios suyos conservados: %4; retirados: %5</numerusform>
            <numerusform>con cambios: %n programas; nuevos: %1; ya no figuran: %2; figuran de nuevo: %3; cambios suyos conservados: %4; retirados: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n line(s) of %1</source>
        <translation>
            <numerusform>Se muestra %n línea de %1</numerusform>
            <numerusform>Se muestran %n líneas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>a call on %1 confirmed it</source>
        <translation>una llamada del %1 lo confirmó</translation>
    </message>
    <message>
        <source>your edit of %1</source>
        <translation>su cambio del %1</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>su cambio</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>%1: the file says %2; kept %3 (%4)</source>
        <translation>%1: el archivo dice %2; se conserva %3 (%4)</translation>
    </message>
    <message>
        <source>not in this file — may have closed; call to check</source>
        <translation>no está en este archivo; puede que haya cerrado: llame para confirmarlo</translation>
    </message>
    <message>
        <source>listed again: the mark is cleared</source>
        <translation>figura de nuevo: se quitó la marca</translation>
    </message>
    <message>
        <source>new in this file</source>
        <translation>nuevo en este archivo</translation>
    </message>
    <message>
        <source>No program on your shortlists changed.</source>
        <translation>Ningún programa de sus listas cortas cambió.</translation>
    </message>
    <message>
        <source>full: programs this file no longer lists are marked delisted</source>
        <translation>edición completa: los programas que este archivo ya no incluye se marcaron como retirados</translation>
    </message>
    <message>
        <source>partial: nothing was delisted</source>
        <translation>archivo parcial: no se marcó ningún programa como retirado</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows in %4 s; added %5, updated %6, unchanged %7, merged %8, your edits kept %9; skipped %10, rejected %11; without a location %12, at a ZIP centre only %13</source>
        <translation>%1 (%2): %3 filas en %4 s; nuevos: %5; actualizados: %6; sin cambios: %7; unidos: %8; cambios suyos conservados: %9; filas omitidas: %10; rechazadas: %11; sin ubicación: %12; solo con el centro del código postal: %13</translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation>Informe de importación: %1</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Retirados: %1</translation>
    </message>
    <message>
        <source>Import report — %1</source>
        <translation>Informe de importación — %1</translation>
    </message>
    <message>
        <source>Programs on your shortlists</source>
        <translation>Programas de sus listas cortas</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>Lo que cambió la importación</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show which programs</source>
        <translation>Qué programas mostrar</translation>
    </message>
    <message>
        <source>Name or id contains</source>
        <translation>El nombre o el número contiene</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Filtrar por nombre o número</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Programs in the import report</source>
        <translation>Programas del informe de importación</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Líneas que se muestran</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Imprimir — %1</translation>
    </message>
    <message>
        <source>Import report · %1</source>
        <translation>Informe de importación · %1</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>import report</source>
        <translation>informe de importación</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Creole</source>
        <translation>Criollo</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Native American languages</source>
        <translation>Lenguas indígenas de América</translation>
    </message>
    <message>
        <source>Ojibwa</source>
        <translation>Ojibwa</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Lengua de señas</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Yupik</source>
        <translation>Yupik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied “%1”</source>
        <translation>Se copió “%1”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Shortl&amp;ist</source>
        <translation>&amp;Lista corta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy program</source>
        <translation>&amp;Copiar programa</translation>
    </message>
    <message>
        <source>&amp;Find near…</source>
        <translation>&amp;Buscar cerca de…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Shortlist bar</source>
        <translation>Barra de &amp;lista corta</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Sort by &amp;distance</source>
        <translation>Ordenar por dis&amp;tancia</translation>
    </message>
    <message>
        <source>&amp;About Program Finder</source>
        <translation>&amp;Acerca de Program Finder</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Copied the program&apos;s details</source>
        <translation>Se copiaron los datos del programa</translation>
    </message>
    <message numerus="yes">
        <source>Widen to %1 mi (finds %n)</source>
        <translation>
            <numerusform>Ampliar a %1 mi (encuentra %n)</numerusform>
            <numerusform>Ampliar a %1 mi (encuentra %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>About Program Finder</source>
        <translation>Acerca de Program Finder</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Boundaries: U.S. Census Bureau</source>
        <translation>Límites: Censo de EE. UU.</translation>
    </message>
    <message>
        <source>+ %1   ● exact location   ○ ZIP centre   ×n programs at one spot</source>
        <translation>+ %1   ● dirección exacta   ○ centro del C.P.   ×n en un punto</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>punto de búsqueda</translation>
    </message>
    <message>
        <source>Map of results</source>
        <translation>Mapa de resultados</translation>
    </message>
    <message>
        <source>The search origin, distance rings and one mark per program over land, water, state and county lines and towns. Click a mark to select its program. Zoom with the wheel or plus and minus, move with the arrow keys or by dragging, 0 fits every result, Home the whole area</source>
        <translation>El punto de búsqueda, los anillos de distancia y una marca por programa sobre tierra, agua, límites de estados y condados y poblaciones. Haga clic en una marca para seleccionar su programa. Acerque o aleje con la rueda del ratón o con más y menos, muévase con las flechas o arrastrando; 0 muestra todos los resultados e Inicio toda la zona</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Acercar (+ o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation>Alejar (− o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to results</source>
        <translation>Ajustar a los resultados</translation>
    </message>
    <message>
        <source>Show every result (0); Home shows the whole search area</source>
        <translation>Mostrar todos los resultados (0); Inicio muestra toda la zona de búsqueda</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Results will be drawn here</source>
        <translation>Aquí se dibujarán los resultados</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Treats</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Client&apos;s needs — %1</source>
        <translation>Necesidades de la persona — %1</translation>
    </message>
    <message>
        <source>Tick what this client needs. Each program on the shortlist then shows how many it meets, and its checklist asks first about the ones nobody knows yet.</source>
        <translation>Marque lo que esta persona necesita. Cada programa de la lista mostrará cuántas de esas necesidades cumple, y su lista de verificación preguntará primero por las que nadie sabe todavía.</translation>
    </message>
    <message>
        <source>Save needs</source>
        <translation>Guardar necesidades</translation>
    </message>
    <message>
        <source>Say what the client needs (payment, level of care, hours …): each program then shows how many of them it meets</source>
        <translation>Indique lo que la persona necesita (pago, nivel de atención, horario …): cada programa mostrará cuántas de esas necesidades cumple</translation>
    </message>
    <message>
        <source>The client needs: %1</source>
        <translation>La persona necesita: %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>When this is on, an origin that is not a ZIP, a &apos;City, ST&apos; or &apos;lat,lon&apos; is sent over the internet to OpenStreetMap&apos;s Nominatim service to find where it is. The address you type leaves this computer. Answers are kept in the local database so the same address is not sent twice. When it is off (the default), nothing leaves this computer.</source>
        <translation>Si está activado, un punto de búsqueda que no sea un código postal, una &apos;Ciudad, ST&apos; ni &apos;lat,lon&apos; se envía por internet al servicio Nominatim de OpenStreetMap para ubicarlo. La dirección que escriba sale de esta computadora. Las respuestas se guardan en la base de datos local para no enviar dos veces la misma dirección. Si está desactivado (así viene), nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Look up street addresses online (OpenStreetMap Nominatim)</source>
        <translation>Buscar direcciones por internet (OpenStreetMap Nominatim)</translation>
    </message>
    <message>
        <source>The address you type is sent to OpenStreetMap Nominatim</source>
        <translation>La dirección que escriba se envía a OpenStreetMap Nominatim</translation>
    </message>
    <message>
        <source>Online address lookup</source>
        <translation>Búsqueda de direcciones por internet</translation>
    </message>
    <message>
        <source>What online lookup means</source>
        <translation>Qué significa buscar por internet</translation>
    </message>
    <message>
        <source>Shared directory (agency)</source>
        <translation>Directorio compartido (agencia)</translation>
    </message>
    <message>
        <source>empty: the directory in your data folder</source>
        <translation>vacío: el directorio de su carpeta de datos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>A database file, or postgresql://user@server/dbname; used from the next start</source>
        <translation>Un archivo de base de datos, o postgresql://usuario@servidor/base; se usa la próxima vez que abra la aplicación</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vacío: su nombre de usuario del sistema</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Recorded with your edits and checklist answers</source>
        <translation>Queda registrado con sus cambios y sus respuestas de la lista de preguntas</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>The database is used from the next start of the app. Your name is recorded with each edit and checklist answer (who changed what, and when).</source>
        <translation>La base de datos se usa la próxima vez que abra la aplicación. Su nombre queda registrado con cada cambio y cada respuesta de la lista de preguntas (quién cambió qué y cuándo).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Idioma de la ventana:</translation>
    </message>
    <message>
        <source>The window&apos;s language is used from the next start of the app.</source>
        <translation>El idioma de la ventana se aplica la próxima vez que abra la aplicación.</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Program details: Substance Abuse and Mental Health Services Administration (SAMHSA), National Directories of Drug and Alcohol Use and Mental Health Treatment Facilities, %1 (public domain), unless edited by a user. Check them on the phone.</source>
        <translation>Datos de los programas: Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA), directorios nacionales de centros de tratamiento del consumo de alcohol y drogas y de salud mental, %1 (dominio público), salvo lo que haya cambiado un usuario. Confírmelos por teléfono.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Why ask: %1 (source: %2)</source>
        <translation>Por qué preguntar: %1 (fuente: %2)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
    <message>
        <source>blank checklist</source>
        <translation>lista de preguntas en blanco</translation>
    </message>
    <message>
        <source>program id %1</source>
        <translation>id del programa %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>En el directorio</translation>
    </message>
    <message>
        <source>Shortlist note:</source>
        <translation>Nota de la lista:</translation>
    </message>
    <message>
        <source>Questions: our own summary of the articles the checklist was drawn from: %1. The caution comes from “%2”.</source>
        <translation>Preguntas: nuestro propio resumen de los artículos de los que salen: %1. La advertencia viene de “%2”.</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>Vetting checklist · %1 · %2</source>
        <translation>Preguntas para evaluar un programa · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Vetting checklist: %1</source>
        <translation>Preguntas para evaluar un programa: %1</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Detox</source>
        <translation>Desintox.</translation>
    </message>
    <message>
        <source>The national data does not record intensive outpatient care for mental-health programs; ask the program.</source>
        <translation>Los datos nacionales no registran la atención ambulatoria intensiva de los programas de salud mental; pregunte al programa.</translation>
    </message>
    <message>
        <source>[Do not refer] </source>
        <translation>[No derivar] </translation>
    </message>
    <message>
        <source>[Not listed] </source>
        <translation>[Ya no figura] </translation>
    </message>
    <message>
        <source>about %1 miles, measured from the ZIP code&apos;s centre</source>
        <translation>a unas %1 millas, medidas desde el centro del código postal</translation>
    </message>
    <message>
        <source>%1 miles</source>
        <translation>%1 millas</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <source>Has room</source>
        <translation>Hay cupo</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin cupo</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (antiguo)</translation>
    </message>
    <message>
        <source>No call has said anything about room yet</source>
        <translation>Ninguna llamada ha dicho todavía si hay cupo</translation>
    </message>
    <message>
        <source>What the latest call said about room, and when; greyed and marked (old) after 30 days</source>
        <translation>Lo que dijo la última llamada sobre el cupo, y cuándo; en gris y marcado (antiguo) después de 30 días</translation>
    </message>
    <message>
        <source>On the current shortlist</source>
        <translation>En la lista corta actual</translation>
    </message>
    <message>
        <source>Type a ZIP code (92660), a city (Newport Beach, CA) or a position (33.6,-117.9) in “Near” and press Enter.</source>
        <translation>Escriba un código postal (92660), una ciudad (Newport Beach, CA) o una posición (33.6,-117.9) en “Cerca de” y pulse Intro.</translation>
    </message>
    <message>
        <source>No search yet</source>
        <translation>Todavía no hay búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) within %1 mi of %2</source>
        <translation>
            <numerusform>%n programa a menos de %1 mi de %2</numerusform>
            <numerusform>%n programas a menos de %1 mi de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the nearest %n</source>
        <translation>
            <numerusform>, se muestra el más cercano (%n)</numerusform>
            <numerusform>, se muestran los %n más cercanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a location not shown)</source>
        <translation>
            <numerusform> (%n sin ubicación no se muestra)</numerusform>
            <numerusform> (%n sin ubicación no se muestran)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without filters there are %n program(s) within %1 mi: %2%3.</source>
        <translation>
            <numerusform>Sin filtros hay %n programa a menos de %1 mi: %2%3.</numerusform>
            <numerusform>Sin filtros hay %n programas a menos de %1 mi: %2%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widening the radius to %1 mi finds %n program(s) with these filters.</source>
        <translation>
            <numerusform>Con un radio de %1 mi se encuentra %n programa con estos filtros.</numerusform>
            <numerusform>Con un radio de %1 mi se encuentran %n programas con estos filtros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widening the radius to %1 mi finds %n program(s).</source>
        <translation>
            <numerusform>Con un radio de %1 mi se encuentra %n programa.</numerusform>
            <numerusform>Con un radio de %1 mi se encuentran %n programas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) match(es) but (has/have) no location, so a distance search cannot include (it/them).</source>
        <translation>
            <numerusform>%n programa coincide pero no tiene ubicación, así que una búsqueda por distancia no lo puede incluir.</numerusform>
            <numerusform>%n programas coinciden pero no tienen ubicación, así que una búsqueda por distancia no los puede incluir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n program(s)</source>
        <translation>
            <numerusform> · %n programa</numerusform>
            <numerusform> · %n programas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n located by ZIP centre only</source>
        <translation>
            <numerusform> · %n ubicado solo por el centro del código postal</numerusform>
            <numerusform> · %n ubicados solo por el centro del código postal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a location</source>
        <translation>
            <numerusform> · %n sin ubicación</numerusform>
            <numerusform> · %n sin ubicación</numerusform>
        </translation>
    </message>
    <message>
        <source> · ≈ measured from a ZIP centre</source>
        <translation> · ≈ desde el centro del código postal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name or city contains “%1”</source>
        <translation>el nombre o la ciudad contiene “%1”</translation>
    </message>
    <message>
        <source>do-not-refer programs hidden</source>
        <translation>programas «no derivar» ocultos</translation>
    </message>
    <message>
        <source>No programs within %1 mi of %2 match this search.</source>
        <translation>Ningún programa a menos de %1 mi de %2 coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Filters in force: %1.</source>
        <translation>Filtros aplicados: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>untick some boxes</source>
        <translation>desmarque algunas casillas</translation>
    </message>
    <message>
        <source>clear the text</source>
        <translation>borre el texto</translation>
    </message>
    <message>
        <source>show do-not-refer programs</source>
        <translation>muestre los programas «no derivar»</translation>
    </message>
    <message>
        <source> (every box ticked under Treats and Serves must apply, so each one narrows)</source>
        <translation> (cada casilla marcada en Atiende y Para quién tiene que cumplirse, así que cada una reduce la búsqueda)</translation>
    </message>
    <message>
        <source>Even without filters nothing lies within %1 mi.</source>
        <translation>Aun sin filtros no hay nada a menos de %1 mi.</translation>
    </message>
    <message>
        <source>Widening the radius to %1 mi finds none either; try fewer filters or another origin.</source>
        <translation>Con un radio de %1 mi tampoco se encuentra ninguno; pruebe con menos filtros o con otro punto de búsqueda.</translation>
    </message>
    <message>
        <source>Widening the radius to %1 mi finds none either; try another origin.</source>
        <translation>Con un radio de %1 mi tampoco se encuentra ninguno; pruebe con otro punto de búsqueda.</translation>
    </message>
    <message>
        <source>Directory as of %1</source>
        <translation>Directorio: %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source> · all located by ZIP centre only</source>
        <translation> · todos ubicados por código postal</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Find and vet intensive outpatient and other behavioral-health programs, offline.</source>
        <translation>Busque y evalúe programas ambulatorios intensivos y otros programas de salud mental y adicciones, sin conexión.</translation>
    </message>
    <message>
        <source>Directory data: %1%2, published by the Substance Abuse and Mental Health Services Administration (SAMHSA), U.S. Department of Health and Human Services. Locations are the centres of ZIP codes unless marked otherwise. Program Finder is not affiliated with or endorsed by SAMHSA.</source>
        <translation>Datos del directorio: %1%2, publicado por la Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA) del Departamento de Salud y Servicios Humanos de los EE. UU. Las ubicaciones son el centro del código postal, salvo que se indique otra cosa. Program Finder no está afiliado a SAMHSA ni cuenta con su aval.</translation>
    </message>
    <message>
        <source>Always confirm details with the program. The choice of a program belongs with a healthcare professional; do not pick one for convenience alone.</source>
        <translation>Confirme siempre los datos con el programa. La elección de un programa le corresponde a un profesional de la salud; no elija uno solo porque le queda cómodo.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Treats</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Miles from the search origin; %1 means measured from the program&apos;s ZIP centre</source>
        <translation>Millas desde el punto de búsqueda; %1 quiere decir medido desde el centro del código postal del programa</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Searching near %1…</source>
        <translation>Buscando cerca de %1…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>No se puede buscar: %1</translation>
    </message>
    <message>
        <source>Nothing searched.</source>
        <translation>No se buscó nada.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Treats</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>all ticked must apply</source>
        <translation>deben cumplirse todas las marcadas</translation>
    </message>
    <message>
        <source>any ticked will do</source>
        <translation>basta con una de las marcadas</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>&amp;Near</source>
        <translation>&amp;Cerca de</translation>
    </message>
    <message>
        <source>ZIP, City, ST or lat,lon</source>
        <translation>Código postal, Ciudad, ST o lat,lon</translation>
    </message>
    <message>
        <source>Search near</source>
        <translation>Buscar cerca de</translation>
    </message>
    <message>
        <source>A ZIP code, a city as &apos;City, ST&apos;, or latitude,longitude</source>
        <translation>Un código postal, una ciudad como &apos;Ciudad, ST&apos;, o latitud,longitud</translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source> mi</source>
        <translation> mi</translation>
    </message>
    <message>
        <source>Radius in miles</source>
        <translation>Radio en millas</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>ZIP, City, ST, lat,lon or a street address</source>
        <translation>Código postal, Ciudad, ST, lat,lon o una dirección</translation>
    </message>
    <message>
        <source>Online lookup on</source>
        <translation>Búsqueda en línea activada</translation>
    </message>
    <message>
        <source>Street addresses you type are sent to OpenStreetMap Nominatim. Turn this off in Edit › Preferences.</source>
        <translation>Las direcciones que escriba se envían a OpenStreetMap Nominatim. Puede desactivarlo en Editar › Preferencias.</translation>
    </message>
    <message>
        <source>%1 filter, %2</source>
        <translation>Filtro %1, %2</translation>
    </message>
    <message>
        <source>Name or city contains</source>
        <translation>El nombre o la ciudad contiene</translation>
    </message>
    <message>
        <source>Hide do-not-refer</source>
        <translation>Ocultar «no derivar»</translation>
    </message>
    <message>
        <source>Leave out programs someone marked &apos;do not refer&apos;</source>
        <translation>Dejar fuera los programas que alguien marcó como «no derivar»</translation>
    </message>
    <message>
        <source>Hide do-not-refer programs</source>
        <translation>Ocultar los programas «no derivar»</translation>
    </message>
    <message>
        <source>Hide delisted</source>
        <translation>Ocultar retirados</translation>
    </message>
    <message>
        <source>Leave out programs the latest full directory edition no longer lists (they may have closed)</source>
        <translation>Dejar fuera los programas que ya no figuran en la última edición completa del directorio (puede que hayan cerrado)</translation>
    </message>
    <message>
        <source>Hide programs no longer listed in the directory</source>
        <translation>Ocultar los programas que ya no figuran en el directorio</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Name it with a case reference such as “Case 2291”, never with a client&apos;s name.</source>
        <translation>Póngale como nombre una referencia de caso, como “Caso 2291”, nunca el nombre de un paciente.</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>Short&amp;list:</source>
        <translation>Lista co&amp;rta:</translation>
    </message>
    <message>
        <source>Choose a shortlist (case reference)</source>
        <translation>Elija una lista corta (referencia de caso)</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Lista corta</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Make a new shortlist.</source>
        <translation>Crear una lista corta nueva.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete this shortlist with its notes and checklist answers</source>
        <translation>Eliminar esta lista corta con sus notas y las respuestas de la lista de verificación</translation>
    </message>
    <message>
        <source>Needs…</source>
        <translation>Necesidades…</translation>
    </message>
    <message>
        <source>Shortlist owner and who sees it</source>
        <translation>Dueño de la lista corta y quién la ve</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Only you see a private shortlist; a shared one is everyone&apos;s using this directory. Only its owner can change this.</source>
        <translation>Solo usted ve una lista corta privada; una compartida la ven todos los que usan este directorio. Solo su dueño puede cambiar esto.</translation>
    </message>
    <message>
        <source>Programs on the shortlist</source>
        <translation>Programas de la lista corta</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A note about the selected program (saved as you type)</source>
        <translation>Una nota sobre el programa seleccionado (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Note about the selected program</source>
        <translation>Nota sobre el programa seleccionado</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Li&amp;sta de verificación</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Com&amp;parar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Open the vetting checklist for the selected program</source>
        <translation>Abrir la lista de verificación del programa seleccionado</translation>
    </message>
    <message>
        <source>Print the selected program&apos;s checklist</source>
        <translation>Imprimir la lista de verificación del programa seleccionado</translation>
    </message>
    <message>
        <source>Take the selected program (and its answers) off the shortlist</source>
        <translation>Quitar de la lista corta el programa seleccionado (y sus respuestas)</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
    <message>
        <source> · note: %1</source>
        <translation> · nota: %1</translation>
    </message>
    <message>
        <source>Do not refer: %1</source>
        <translation>No derivar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n need(s)</source>
        <translation>
            <numerusform>%1 de %n necesidad</numerusform>
            <numerusform>%1 de %n necesidades</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>By the checklist, %1: %2: %3</source>
        <translation>Según la lista de verificación, %1: %2: %3</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Necesidades: %1</translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation>No derivar</translation>
    </message>
    <message>
        <source>no shortlist yet</source>
        <translation>todavía no hay lista corta</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>· owner %1, %2</source>
        <translation>· dueño: %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Nueva lista corta</translation>
    </message>
    <message>
        <source>Case reference for the new shortlist.</source>
        <translation>Referencia de caso para la nueva lista corta.</translation>
    </message>
    <message>
        <source>Delete shortlist</source>
        <translation>Eliminar lista corta</translation>
    </message>
    <message>
        <source>Delete the shortlist “%1” with its notes and all checklist answers? This cannot be undone.</source>
        <translation>¿Eliminar la lista corta “%1” con sus notas y todas las respuestas de la lista de verificación? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>Remove this program and its checklist answers from the shortlist?</source>
        <translation>¿Quitar este programa y sus respuestas de la lista de verificación de la lista corta?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
</context>
<context>
    <name>ShortlistActions</name>
    <message>
        <source>Nothing to print yet: put a program on a shortlist first (select it in the results and press Ctrl+Shift+S, or use “Add to shortlist”), then Ctrl+P prints its checklist.</source>
        <translation>Todavía no hay nada para imprimir: primero agregue un programa a una lista corta (selecciónelo en los resultados y pulse Ctrl+Mayús+S, o use “Agregar a la lista”); luego Ctrl+P imprime su lista de verificación.</translation>
    </message>
    <message numerus="yes">
        <source>Added to “%1”: %n program(s) on it.</source>
        <translation>
            <numerusform>Agregado a “%1”: tiene %n programa.</numerusform>
            <numerusform>Agregado a “%1”: tiene %n programas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New shortlist…</source>
        <translation>&amp;Nueva lista corta…</translation>
    </message>
    <message>
        <source>&amp;Add selected program</source>
        <translation>&amp;Agregar el programa seleccionado</translation>
    </message>
    <message>
        <source>Open &amp;checklist…</source>
        <translation>Abrir la lista de &amp;verificación…</translation>
    </message>
    <message>
        <source>Co&amp;mpare programs…</source>
        <translation>&amp;Comparar programas…</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Imprimir la lista de verificación…</translation>
    </message>
    <message>
        <source>Client&apos;s n&amp;eeds…</source>
        <translation>N&amp;ecesidades de la persona…</translation>
    </message>
    <message>
        <source>Family &amp;handout…</source>
        <translation>&amp;Hoja para la familia…</translation>
    </message>
    <message>
        <source>✓ On the shortlist</source>
        <translation>✓ En la lista corta</translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation>A&amp;gregar a la lista</translation>
    </message>
    <message>
        <source>Already on “%1”</source>
        <translation>Ya está en “%1”</translation>
    </message>
    <message>
        <source>Put this program on “%1”</source>
        <translation>Agregar este programa a “%1”</translation>
    </message>
    <message>
        <source>Put this program on a new shortlist (you will be asked for a case reference)</source>
        <translation>Agregar este programa a una lista corta nueva (se le pedirá una referencia de caso)</translation>
    </message>
    <message>
        <source>Select a program in the results first, then add it.</source>
        <translation>Primero seleccione un programa en los resultados y luego agréguelo.</translation>
    </message>
    <message>
        <source>“%1” is marked do-not-refer. Add it to the shortlist anyway?</source>
        <translation>“%1” está marcado «no derivar». ¿Agregarlo a la lista de todos modos?</translation>
    </message>
    <message>
        <source>“%1” is no longer in the directory (it may have closed). Add it to the shortlist anyway?</source>
        <translation>“%1” ya no está en el directorio (puede haber cerrado). ¿Agregarlo a la lista de todos modos?</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Agregar a la lista</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Agregar de todos modos</translation>
    </message>
    <message>
        <source>Choose a program on the shortlist to open its checklist.</source>
        <translation>Elija un programa de la lista corta para abrir su lista de verificación.</translation>
    </message>
    <message>
        <source>Make a shortlist and add programs to it, then print the family handout.</source>
        <translation>Cree una lista corta y añádale programas; luego imprima la hoja para la familia.</translation>
    </message>
    <message>
        <source>Family handout</source>
        <translation>Hoja para la familia</translation>
    </message>
    <message>
        <source>Family handout — %1</source>
        <translation>Hoja para la familia — %1</translation>
    </message>
    <message>
        <source>Make a shortlist and add programs to it, then compare them.</source>
        <translation>Cree una lista corta, agréguele programas y luego compárelos.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>something went wrong (%1); the details are in %2</source>
        <translation>algo salió mal (%1); los detalles están en %2</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Fit</source>
        <translation>Si es adecuado</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Insurance &amp; cost</source>
        <translation>Seguro y costo</translation>
    </message>
    <message>
        <source>Structure &amp; schedule</source>
        <translation>Estructura y horario</translation>
    </message>
    <message>
        <source>Approach &amp; therapies</source>
        <translation>Enfoque y terapias</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Family &amp; aftercare</source>
        <translation>Familia y después del programa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>No está claro</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>What an intensive outpatient program is and how it runs</source>
        <translation>Qué es un programa intensivo ambulatorio y cómo funciona</translation>
    </message>
    <message>
        <source>Intensive outpatient care: weekly hours, therapies and when it fits</source>
        <translation>Atención ambulatoria intensiva: horas por semana, terapias y cuándo conviene</translation>
    </message>
    <message>
        <source>Intensive outpatient treatment: benefits and drawbacks</source>
        <translation>Tratamiento ambulatorio intensivo: ventajas y desventajas</translation>
    </message>
    <message>
        <source>Kinds of intensive outpatient programs, and questions to ask one</source>
        <translation>Tipos de programas intensivos ambulatorios y preguntas para hacerles</translation>
    </message>
    <message>
        <source>Who qualifies for intensive outpatient care, and for how long</source>
        <translation>Quién puede recibir atención ambulatoria intensiva y por cuánto tiempo</translation>
    </message>
    <message>
        <source>Do not pick a program only because it is close or convenient: decide with a healthcare professional who knows what this person needs.</source>
        <translation>No elija un programa solo porque queda cerca o le resulta cómodo: decida junto con un profesional de la salud que sepa lo que esta persona necesita.</translation>
    </message>
    <message>
        <source>Have you treated people with problems like this person&apos;s before?</source>
        <translation>¿Han atendido antes a personas con problemas parecidos a los de esta persona?</translation>
    </message>
    <message>
        <source>Experience with the same condition matters more than a general promise to help.</source>
        <translation>La experiencia con el mismo problema vale más que una promesa general de ayudar.</translation>
    </message>
    <message>
        <source>Do you work with people who share this person&apos;s background (for example race, culture, LGBTQ+ identity)?</source>
        <translation>¿Trabajan con personas de un origen parecido al de esta persona (por ejemplo, raza, cultura o identidad LGBTQ+)?</translation>
    </message>
    <message>
        <source>Feeling understood by staff and peers helps people stay in treatment.</source>
        <translation>Sentirse comprendido por el personal y por los compañeros ayuda a seguir en el tratamiento.</translation>
    </message>
    <message>
        <source>What ages are the people in the program&apos;s groups?</source>
        <translation>¿De qué edades son las personas de los grupos del programa?</translation>
    </message>
    <message>
        <source>Group work goes better among people at a similar stage of life.</source>
        <translation>El trabajo en grupo funciona mejor entre personas de una etapa de vida parecida.</translation>
    </message>
    <message>
        <source>How does intake work: is there an assessment, and who qualifies (diagnosis, severity, commitment to treatment)?</source>
        <translation>¿Cómo es la admisión? ¿Hay una evaluación y quiénes pueden entrar (diagnóstico, gravedad, compromiso con el tratamiento)?</translation>
    </message>
    <message>
        <source>Programs admit against their own criteria; knowing them early saves a wasted visit.</source>
        <translation>Cada programa admite según sus propios criterios; conocerlos a tiempo evita una visita en vano.</translation>
    </message>
    <message>
        <source>From what you have heard, does this person need more care than you offer (day treatment / PHP, residential or inpatient) instead?</source>
        <translation>Por lo que le hemos contado, ¿cree que esta persona necesita más atención de la que ustedes ofrecen (tratamiento de día o PHP, residencial o internación)?</translation>
    </message>
    <message>
        <source>An intensive outpatient program is not enough for severe illness or addiction.</source>
        <translation>Un programa intensivo ambulatorio no alcanza para una enfermedad o una adicción graves.</translation>
    </message>
    <message>
        <source>Is detox needed before starting, and if so do you provide it or refer to someone who does?</source>
        <translation>¿Hace falta desintoxicarse antes de empezar? Si es así, ¿lo hacen ustedes o nos envían a otro lugar?</translation>
    </message>
    <message>
        <source>People who need medical withdrawal care usually have to complete it before outpatient work.</source>
        <translation>Quien necesita atención médica para dejar una sustancia suele tener que terminarla antes del tratamiento ambulatorio.</translation>
    </message>
    <message>
        <source>Do you offer medication management, and who prescribes and follows up?</source>
        <translation>¿Ofrecen control de medicamentos? ¿Quién los receta y quién hace el seguimiento?</translation>
    </message>
    <message>
        <source>Many people need medication alongside therapy; it should not fall between two providers.</source>
        <translation>Muchas personas necesitan medicamentos además de terapia; eso no debe quedar entre dos proveedores sin que nadie se ocupe.</translation>
    </message>
    <message>
        <source>For eating disorders: is there medical supervision and nutrition counselling?</source>
        <translation>Para trastornos de la alimentación: ¿hay control médico y orientación sobre nutrición?</translation>
    </message>
    <message>
        <source>Eating disorder programs need medical checks and a dietitian, not only talk therapy.</source>
        <translation>Los programas para trastornos de la alimentación necesitan controles médicos y un nutricionista, no solo terapia.</translation>
    </message>
    <message>
        <source>Do you accept this person&apos;s insurance or Medicaid? (Confirm with the insurer as well.)</source>
        <translation>¿Aceptan el seguro médico o el Medicaid de esta persona? (Confírmelo también con la aseguradora).</translation>
    </message>
    <message>
        <source>Coverage varies by plan; the program and the insurer can give different answers.</source>
        <translation>La cobertura cambia según el plan; el programa y la aseguradora pueden dar respuestas distintas.</translation>
    </message>
    <message>
        <source>What will this person probably pay themselves (copays, deductible, anything not covered)?</source>
        <translation>¿Cuánto tendrá que pagar esta persona de su bolsillo, más o menos (copagos, deducible, lo que no cubra el seguro)?</translation>
    </message>
    <message>
        <source>Treatment takes money as well as time; a surprise bill can end it early.</source>
        <translation>El tratamiento cuesta dinero además de tiempo; una factura inesperada puede hacer que se abandone.</translation>
    </message>
    <message>
        <source>Is there a sliding fee scale, a payment plan or other help with paying?</source>
        <translation>¿Tienen tarifas según los ingresos, un plan de pagos u otra ayuda para pagar?</translation>
    </message>
    <message>
        <source>Money can decide whether someone is able to take part at all.</source>
        <translation>El dinero puede decidir si alguien puede participar o no.</translation>
    </message>
    <message>
        <source>Do you run an intensive outpatient track at all? (The national directory does not record IOP for mental-health programs, so ask.)</source>
        <translation>¿Tienen un programa intensivo ambulatorio? (El directorio nacional no lo indica para los programas de salud mental, así que hay que preguntar).</translation>
    </message>
    <message>
        <source>A program listed as outpatient may offer only weekly sessions.</source>
        <translation>Un programa que figura como ambulatorio puede ofrecer solo una sesión por semana.</translation>
    </message>
    <message>
        <source>How many sessions and hours a week, and how long is each session?</source>
        <translation>¿Cuántas sesiones y cuántas horas por semana son, y cuánto dura cada sesión?</translation>
    </message>
    <message>
        <source>Intensive programs typically ask for several multi-hour sessions a week; check it fits.</source>
        <translation>Los programas intensivos suelen pedir varias sesiones de algunas horas por semana; hay que ver si eso es posible.</translation>
    </message>
    <message>
        <source>Are there daytime and evening tracks?</source>
        <translation>¿Hay grupos de día y grupos de tarde-noche?</translation>
    </message>
    <message>
        <source>An evening track can let someone keep working or studying.</source>
        <translation>Un grupo de tarde-noche puede permitir que la persona siga trabajando o estudiando.</translation>
    </message>
    <message>
        <source>Which ways can sessions be attended: in person, online, or both?</source>
        <translation>¿Cómo se puede asistir a las sesiones: en persona, en línea o de las dos maneras?</translation>
    </message>
    <message>
        <source>Online sessions help with distance and transport; some people do better in the room.</source>
        <translation>Las sesiones en línea ayudan con la distancia y el transporte; a algunas personas les va mejor en persona.</translation>
    </message>
    <message>
        <source>What attendance do you expect, and what happens after a missed session?</source>
        <translation>¿Qué asistencia esperan y qué pasa si la persona falta a una sesión?</translation>
    </message>
    <message>
        <source>These programs rely on showing up; know the rules before the first absence.</source>
        <translation>Estos programas dependen de la asistencia; conviene saber las reglas antes de la primera falta.</translation>
    </message>
    <message>
        <source>How long do people usually stay, and who decides when to finish?</source>
        <translation>¿Cuánto tiempo se queda la gente, por lo general, y quién decide cuándo termina?</translation>
    </message>
    <message>
        <source>Length varies from weeks to months and is usually set by the treatment team.</source>
        <translation>La duración va de semanas a meses, y por lo general la decide el equipo de tratamiento.</translation>
    </message>
    <message>
        <source>What is your treatment approach, and how is the program structured?</source>
        <translation>¿Cuál es su enfoque de tratamiento y cómo está organizado el programa?</translation>
    </message>
    <message>
        <source>The answer shows whether the program has a clear plan or only a schedule.</source>
        <translation>La respuesta muestra si el programa tiene un plan claro o solo un horario.</translation>
    </message>
    <message>
        <source>Which therapies do you use (CBT, DBT, 12-step facilitation, motivational approaches, therapeutic community, family therapy)?</source>
        <translation>¿Qué terapias usan (TCC, TDC, facilitación de 12 pasos, enfoques motivacionales, comunidad terapéutica, terapia familiar)?</translation>
    </message>
    <message>
        <source>Different methods suit different people and conditions.</source>
        <translation>Cada método sirve más para ciertas personas y ciertos problemas.</translation>
    </message>
    <message>
        <source>Do you include mindfulness, exercise or other holistic practices?</source>
        <translation>¿Incluyen atención plena (mindfulness), ejercicio u otras prácticas integrales?</translation>
    </message>
    <message>
        <source>Some people value these alongside evidence-based therapy.</source>
        <translation>Algunas personas valoran estas prácticas junto con las terapias basadas en la evidencia.</translation>
    </message>
    <message>
        <source>How much time is spent in groups and how much one-on-one with a therapist?</source>
        <translation>¿Cuánto tiempo es en grupo y cuánto a solas con un terapeuta?</translation>
    </message>
    <message>
        <source>Most of the work happens in groups; individual time varies a lot between programs.</source>
        <translation>La mayor parte del trabajo se hace en grupo; el tiempo individual cambia mucho de un programa a otro.</translation>
    </message>
    <message>
        <source>For teenagers: how do you support school work while they attend?</source>
        <translation>Para adolescentes: ¿cómo los ayudan con las tareas de la escuela mientras están en el programa?</translation>
    </message>
    <message>
        <source>Young people should not fall behind at school because of treatment.</source>
        <translation>Los jóvenes no deberían atrasarse en la escuela por el tratamiento.</translation>
    </message>
    <message>
        <source>What qualifications and licences do the clinical staff hold?</source>
        <translation>¿Qué títulos y licencias tiene el personal clínico?</translation>
    </message>
    <message>
        <source>Licensed clinicians are a basic sign of quality.</source>
        <translation>Que los profesionales tengan licencia es una señal básica de calidad.</translation>
    </message>
    <message>
        <source>Is the program accredited, and by which body?</source>
        <translation>¿El programa está acreditado? ¿Por qué organización?</translation>
    </message>
    <message>
        <source>Accreditation means an outside body has checked the program against standards.</source>
        <translation>La acreditación quiere decir que una organización externa revisó el programa según ciertas normas.</translation>
    </message>
    <message>
        <source>Who leads the group sessions?</source>
        <translation>¿Quién dirige las sesiones de grupo?</translation>
    </message>
    <message>
        <source>Groups should be run by a trained therapist or counsellor.</source>
        <translation>Los grupos deben estar a cargo de un terapeuta o consejero capacitado.</translation>
    </message>
    <message>
        <source>How are family members involved (family sessions, education)?</source>
        <translation>¿Cómo participa la familia (sesiones familiares, charlas educativas)?</translation>
    </message>
    <message>
        <source>Family involvement supports recovery at home.</source>
        <translation>La participación de la familia apoya la recuperación en casa.</translation>
    </message>
    <message>
        <source>How will you help this person get back to work, school and daily life?</source>
        <translation>¿Cómo van a ayudar a esta persona a volver al trabajo, a la escuela y a su vida diaria?</translation>
    </message>
    <message>
        <source>The point of outpatient care is to practise recovery in everyday life.</source>
        <translation>La idea del tratamiento ambulatorio es practicar la recuperación en la vida de todos los días.</translation>
    </message>
    <message>
        <source>What happens afterwards: an aftercare plan, stepping down to less care, sober-living referrals?</source>
        <translation>¿Qué pasa después: hay un plan de seguimiento, un paso a menos atención, o recomendaciones de viviendas libres de alcohol y drogas?</translation>
    </message>
    <message>
        <source>Support should continue when the program ends.</source>
        <translation>El apoyo debe continuar cuando termina el programa.</translation>
    </message>
    <message>
        <source>Can you share reviews or results from people who finished the program?</source>
        <translation>¿Pueden compartir opiniones o resultados de personas que terminaron el programa?</translation>
    </message>
    <message>
        <source>Reviews and outcomes give a view beyond the program&apos;s own description.</source>
        <translation>Las opiniones y los resultados muestran algo más que la descripción que el programa hace de sí mismo.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Treats</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Adicciones</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Dual diagnosis</source>
        <translation>Diagnóstico dual</translation>
    </message>
    <message>
        <source>Dual dx</source>
        <translation>Dx dual</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Eating disorder</source>
        <translation>Trastornos de la alimentación</translation>
    </message>
    <message>
        <source>Eating dis.</source>
        <translation>Trast. aliment.</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Levels of care</source>
        <translation>Niveles de atención</translation>
    </message>
    <message>
        <source>Intensive outpatient (IOP)</source>
        <translation>Ambulatorio intensivo (IOP)</translation>
    </message>
    <message>
        <source>IOP</source>
        <translation>IOP</translation>
    </message>
    <message>
        <source>Partial hospitalization / day</source>
        <translation>Hospitalización parcial / de día</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Internación</translation>
    </message>
    <message>
        <source>Detox</source>
        <translation>Desintoxicación</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payments accepted</source>
        <translation>Formas de pago aceptadas</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Medicare</source>
        <translation>Medicare</translation>
    </message>
    <message>
        <source>Private insurance</source>
        <translation>Seguro privado</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Military (TRICARE)</source>
        <translation>Militar (TRICARE)</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militar</translation>
    </message>
    <message>
        <source>IHS / tribal</source>
        <translation>IHS / tribal</translation>
    </message>
    <message>
        <source>IHS</source>
        <translation>IHS</translation>
    </message>
    <message>
        <source>State-funded plan</source>
        <translation>Plan pagado por el estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estatal</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago propio</translation>
    </message>
    <message>
        <source>Sliding fee scale</source>
        <translation>Tarifa según ingresos</translation>
    </message>
    <message>
        <source>Sliding fee</source>
        <translation>Según ingresos</translation>
    </message>
    <message>
        <source>Payment assistance</source>
        <translation>Ayuda para pagar</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Free (no payment)</source>
        <translation>Gratis (sin pago)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Populations served</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Adolescents</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>Young adults</source>
        <translation>Adultos jóvenes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>LGBTQ+</source>
        <translation>LGBTQ+</translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation>Veteranos</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Pregnant / postpartum</source>
        <translation>Embarazo / posparto</translation>
    </message>
    <message>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>CBT</source>
        <translation>TCC (CBT)</translation>
    </message>
    <message>
        <source>DBT</source>
        <translation>TDC (DBT)</translation>
    </message>
    <message>
        <source>12-step facilitation</source>
        <translation>Facilitación de 12 pasos</translation>
    </message>
    <message>
        <source>Motivational</source>
        <translation>Motivacional</translation>
    </message>
    <message>
        <source>Therapeutic community</source>
        <translation>Comunidad terapéutica</translation>
    </message>
    <message>
        <source>Family therapy</source>
        <translation>Terapia familiar</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Group therapy</source>
        <translation>Terapia de grupo</translation>
    </message>
    <message>
        <source>Individual therapy</source>
        <translation>Terapia individual</translation>
    </message>
    <message>
        <source>Relapse prevention</source>
        <translation>Prevención de recaídas</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Daytime hours</source>
        <translation>Horario de día</translation>
    </message>
    <message>
        <source>Daytime</source>
        <translation>De día</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Horario de tarde-noche</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Tarde-noche</translation>
    </message>
    <message>
        <source>Weekend hours</source>
        <translation>Horario de fin de semana</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>IOP: not recorded</source>
        <translation>IOP: sin dato</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin dato</translation>
    </message>
</context>
</TS>
