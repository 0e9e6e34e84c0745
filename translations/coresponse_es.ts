<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="99"/>
        <source>Co-Response Program Design Wizard</source>
        <translation>Asistente para diseñar programas de respuesta conjunta</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/i18n.py" line="91"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="102"/>
        <source>Takes effect when the program starts again</source>
        <translation>Se aplica la próxima vez que se abra el programa</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="112"/>
        <source>Language: {name}. It takes effect when the program starts again.</source>
        <translation>Idioma: {name}. Se aplica la próxima vez que se abra el programa.</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/plan_wizard.py" line="103"/>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <location filename="../ui/plan_wizard.py" line="104"/>
        <source>&lt; &amp;Back</source>
        <translation>‹ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/plan_wizard.py" line="105"/>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
</context>
<context>
    <name>ui.actions</name>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <source>Start or open a plan first: the calendar and the data workbook are made from the open plan.</source>
        <translation>Primero empiece o abra un plan: el calendario y el libro de datos se crean a partir del plan abierto.</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="71"/>
        <source>&amp;Compare With…</source>
        <translation>C&amp;omparar con…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="72"/>
        <source>Start or open a plan first, then compare it with another.</source>
        <translation>Primero empiece o abra un plan y luego compárelo con otro.</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="73"/>
        <source>Print &amp;Worksheet…</source>
        <translation>Imprimir &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="74"/>
        <source>Meeting &amp;Calendar (.ics)…</source>
        <translation>&amp;Calendario de reuniones (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="75"/>
        <source>&amp;Data Workbook (.xlsx)…</source>
        <translation>&amp;Libro de datos (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <location filename="../ui/app.py" line="21"/>
        <source>Design a co-response program and sign its charter.</source>
        <translation>Diseñe un programa de respuesta conjunta y firme su acta.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="22"/>
        <source>a plan (.yaml) or a charter (.pdf) to open</source>
        <translation>un plan (.yaml) o un acta (.pdf) para abrir</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="23"/>
        <source>load a content pack from DIR</source>
        <translation>cargar un paquete de contenido desde DIR</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="25"/>
        <source>en (English) or es (Spanish) for this run; otherwise the language chosen in View ▸ Language (remembered), else English</source>
        <translation>en (inglés) o es (español) para esta ejecución; si no, el idioma elegido en Ver ▸ Idioma (se recuerda) y, si no, inglés</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="27"/>
        <source>show the window, wait for its first paint, exit 0 (smoke tests, benchmarks)</source>
        <translation>mostrar la ventana, esperar a que se dibuje por primera vez y salir con 0 (pruebas de humo, mediciones)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="29"/>
        <source>show a charter PDF in the preview window; with --exit-after-start, exit 0 once its pages are shown and 1 if they cannot be (checks QtPdf in an installed program)</source>
        <translation>mostrar un acta en PDF en la ventana de vista previa; con --exit-after-start, salir con 0 cuando se muestren sus páginas y con 1 si no se pueden mostrar (verifica QtPdf en un programa instalado)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="51"/>
        <source>Charter preview — {0}</source>
        <translation>Vista previa del acta — {0}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="112"/>
        <source>Content pack not loaded</source>
        <translation>No se cargó el paquete de contenido</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="112"/>
        <source>{0}

The default content is used instead.</source>
        <translation>{0}

Se usa el contenido predeterminado en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="130"/>
        <source>Could not preview the charter</source>
        <translation>No se pudo mostrar la vista previa del acta</translation>
    </message>
</context>
<context>
    <name>ui.binding</name>
    <message>
        <location filename="../ui/binding.py" line="300"/>
        <source>{0} (not in the catalog)</source>
        <translation>{0} (no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../ui/binding.py" line="469"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location filename="../ui/binding.py" line="509"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/binding.py" line="510"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/binding.py" line="511"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ui.calls_dialog</name>
    <message>
        <location filename="../ui/calls_dialog.py" line="44"/>
        <source>Only counts by weekday and hour are kept; no call, name or address is stored.</source>
        <translation>Solo se guardan conteos por día de la semana y hora; no se guarda ninguna llamada, nombre ni dirección.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="45"/>
        <source>(none: the date-time column holds both)</source>
        <translation>(ninguna: la columna de fecha y hora tiene ambas)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="47"/>
        <source>Local time as recorded (no conversion)</source>
        <translation>Hora local tal como se registró (sin conversión)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="48"/>
        <source>CAD exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Exportaciones del CAD (*.csv *.txt *.tsv *.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="53"/>
        <source>Choose a CAD export</source>
        <translation>Elija una exportación del CAD</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="68"/>
        <source>Import calls</source>
        <translation>Importar llamadas</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="69"/>
        <source>Import calls from a CAD export</source>
        <translation>Importar llamadas de una exportación del CAD</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="75"/>
        <source>Choose your computer-aided dispatch (CAD) export, CSV or Excel, and say which columns hold the call&apos;s date and time and its call type.</source>
        <translation>Elija la exportación de su sistema de despacho asistido por computadora (CAD), en CSV o Excel, e indique qué columnas tienen la fecha y la hora de la llamada y su tipo de llamada.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="80"/>
        <source>What is kept</source>
        <translation>Qué se guarda</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="83"/>
        <source>CAD export file</source>
        <translation>Archivo de exportación del CAD</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="84"/>
        <source>calls.csv or calls.xlsx</source>
        <translation>llamadas.csv o llamadas.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="86"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="87"/>
        <source>Choose the CAD export file</source>
        <translation>Elija el archivo de exportación del CAD</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="99"/>
        <source>Date-time column</source>
        <translation>Columna de fecha y hora</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="100"/>
        <source>Time column</source>
        <translation>Columna de hora</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="101"/>
        <source>Call type column</source>
        <translation>Columna de tipo de llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="102"/>
        <source>Mental health flag or disposition column</source>
        <translation>Columna de marca de salud mental o de resultado</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="103"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="106"/>
        <source>Times with a UTC offset (Z, +00:00) are converted to this zone; times without one are counted in the hour they were recorded.</source>
        <translation>Las horas con diferencia de UTC (Z, +00:00) se convierten a esta zona; las que no la tienen se cuentan en la hora en que se registraron.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="110"/>
        <source>Call types counted as behavioral-health calls</source>
        <translation>Tipos de llamada contados como llamadas de salud conductual</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="112"/>
        <source>Choose the file and its call-type column to see its most common call types.</source>
        <translation>Elija el archivo y su columna de tipo de llamada para ver los tipos de llamada más comunes.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="118"/>
        <location filename="../ui/calls_dialog.py" line="123"/>
        <source>&amp;Date-time (or date)</source>
        <translation>&amp;Fecha y hora (o fecha)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="119"/>
        <location filename="../ui/calls_dialog.py" line="123"/>
        <source>T&amp;ime, if apart</source>
        <translation>&amp;Hora, si está aparte</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="120"/>
        <location filename="../ui/calls_dialog.py" line="124"/>
        <source>Call t&amp;ype</source>
        <translation>&amp;Tipo de llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="121"/>
        <location filename="../ui/calls_dialog.py" line="124"/>
        <source>&amp;Flag (optional)</source>
        <translation>&amp;Marca (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="122"/>
        <location filename="../ui/calls_dialog.py" line="124"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="133"/>
        <source>Problem with the export</source>
        <translation>Problema con la exportación</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="138"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="147"/>
        <source>&amp;Behavioral-health call types (ticked: the catalog&apos;s suggestions; “maybe”: decide with your dispatch data)</source>
        <translation>Tipos de llamada de &amp;salud conductual (marcados: sugerencias del catálogo; “tal vez”: decida con sus datos de despacho)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="190"/>
        <source>(column {0} has no name)</source>
        <translation>(la columna {0} no tiene nombre)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="216"/>
        <source> — suggested ({why})</source>
        <translation> — sugerido ({why})</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="217"/>
        <source> — maybe ({why})</source>
        <translation> — quizás ({why})</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="218"/>
        <source>{0}  ({1:,} calls){2}</source>
        <translation>{0}  ({1:,} llamadas){2}</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="224"/>
        <source>{0:,} different call types in the export; the {1} most common are listed with every catalog match. {2} ticked as suggested.</source>
        <translation>{0:,} tipos de llamada distintos en la exportación; se listan los {1} más comunes con cada coincidencia del catálogo. {2} marcados como sugeridos.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="270"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="270"/>
        <source>Clinician hours</source>
        <translation>Horario clínico</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="270"/>
        <source>BH calls covered</source>
        <translation>Llamadas de SC cubiertas</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="270"/>
        <source>Gain a week</source>
        <translation>Ganancia por semana</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="270"/>
        <source>Clinician hours a week</source>
        <translation>Horas clínicas por semana</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="274"/>
        <source>Suggest clinician hours</source>
        <translation>Sugerir horario clínico</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="275"/>
        <source>Suggest clinician hours from the imported calls</source>
        <translation>Sugerir horario clínico a partir de las llamadas importadas</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="281"/>
        <source>The schedule of this shape that covers the most of the {0:,} imported behavioral-health calls, found by trying every choice of days and start hours; with what one more day a week and one more team would add.</source>
        <translation>El horario de esta forma que cubre la mayor parte de las {0:,} llamadas de salud conductual importadas, encontrado al probar cada combinación de días y horas de inicio; con lo que agregaría un día más por semana y un equipo más.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="294"/>
        <source>Teams on duty</source>
        <translation>Equipos de servicio</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="295"/>
        <source>Shift length</source>
        <translation>Duración del turno</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="296"/>
        <source>Days a week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="298"/>
        <source>Shift &amp;length</source>
        <translation>&amp;Duración del turno</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="298"/>
        <source>&amp;Days a week</source>
        <translation>Días por &amp;semana</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="306"/>
        <source>Suggested schedules</source>
        <translation>Horarios sugeridos</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="316"/>
        <source>Suggestion in words</source>
        <translation>La sugerencia en palabras</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="319"/>
        <source>&amp;Apply the selected hours</source>
        <translation>&amp;Aplicar el horario seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="320"/>
        <source>Replaces the clinician hours drawn in the grid.</source>
        <translation>Reemplaza el horario clínico dibujado en la cuadrícula.</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="341"/>
        <source> (teams beyond 3 added one by one)</source>
        <translation> (los equipos después del 3 se agregan de uno en uno)</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="342"/>
        <source>{share} ({covered} of {total})</source>
        <translation>{share} ({covered} de {total})</translation>
    </message>
    <message>
        <location filename="../ui/calls_dialog.py" line="344"/>
        <source>+{gain} calls</source>
        <translation>+{gain} llamadas</translation>
    </message>
</context>
<context>
    <name>ui.compare</name>
    <message>
        <location filename="../ui/compare.py" line="35"/>
        <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay diferencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="40"/>
        <source>{n} difference</source>
        <translation>{n} diferencia</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="41"/>
        <source>{n} differences</source>
        <translation>{n} diferencias</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="42"/>
        <source>go to this step</source>
        <translation>ir a este paso</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="56"/>
        <source>Compare plans</source>
        <translation>Comparar planes</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="58"/>
        <source>&lt;b&gt;A&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;B&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;A&lt;/b&gt; {0}&lt;br&gt;&lt;b&gt;B&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="67"/>
        <source>Differences between the plans</source>
        <translation>Diferencias entre los planes</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="73"/>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="104"/>
        <source>Could not compare</source>
        <translation>No se pudo comparar</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="110"/>
        <source>this plan ({0})</source>
        <translation>este plan ({0})</translation>
    </message>
    <message>
        <location filename="../ui/compare.py" line="111"/>
        <source>this plan (not saved yet)</source>
        <translation>este plan (todavía sin guardar)</translation>
    </message>
</context>
<context>
    <name>ui.content_pack</name>
    <message>
        <location filename="../ui/content_pack.py" line="71"/>
        <source>Content pack not loaded</source>
        <translation>No se cargó el paquete de contenido</translation>
    </message>
    <message>
        <location filename="../ui/content_pack.py" line="72"/>
        <source>{0}

The current content ({1}) is kept.</source>
        <translation>{0}

Se mantiene el contenido actual ({1}).</translation>
    </message>
    <message>
        <location filename="../ui/content_pack.py" line="76"/>
        <source>Now using {0}.</source>
        <translation>Ahora se usa {0}.</translation>
    </message>
    <message>
        <location filename="../ui/content_pack.py" line="81"/>
        <source>the default content</source>
        <translation>el contenido predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/content_pack.py" line="81"/>
        <source>the content pack in {0}</source>
        <translation>el paquete de contenido de {0}</translation>
    </message>
</context>
<context>
    <name>ui.dialogs</name>
    <message>
        <location filename="../ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="30"/>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>¿Guardar los cambios de “{0}” antes de cerrarlo?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="31"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Si no guarda, se pierden los cambios hechos desde la última vez que guardó.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="41"/>
        <source>Open a plan or charter</source>
        <translation>Abrir un plan o un acta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="47"/>
        <source>Compare with a plan or charter</source>
        <translation>Comparar con un plan o un acta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="53"/>
        <source>Choose a content pack folder</source>
        <translation>Elija una carpeta de paquete de contenido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="58"/>
        <source>Save plan as</source>
        <translation>Guardar el plan como</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="68"/>
        <source>PDF charter</source>
        <translation>Acta en PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="69"/>
        <source>{0} (*.pdf)</source>
        <translation>{0} (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="78"/>
        <source>Charter to sign</source>
        <translation>Acta para firmar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="78"/>
        <location filename="../ui/dialogs.py" line="91"/>
        <source>PDF charter (*.pdf)</source>
        <translation>Acta en PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="84"/>
        <source>Certificate to sign with</source>
        <translation>Certificado para firmar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="85"/>
        <source>Certificates with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificados con clave privada (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="91"/>
        <source>Save the signed charter as</source>
        <translation>Guardar el acta firmada como</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="108"/>
        <source>Save the meeting calendar</source>
        <translation>Guardar el calendario de reuniones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="108"/>
        <source>iCalendar file</source>
        <translation>Archivo iCalendar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Save the data-collection workbook</source>
        <translation>Guardar el libro de recopilación de datos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="113"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Save the Word review copy for counsel</source>
        <translation>Guardar la copia de revisión en Word para el asesor legal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="118"/>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="139"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="140"/>
        <source>The program closed unexpectedly last time. Unsaved work was kept:</source>
        <translation>El programa se cerró inesperadamente la última vez. Se conservó el trabajo sin guardar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="142"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="143"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="144"/>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="174"/>
        <source>Sign — {0}</source>
        <translation>Firmar — {0}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="157"/>
        <source>Signing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Firma como &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="176"/>
        <source>This signs the plan with fingerprint {0}. Any later change to the plan voids this signature.</source>
        <translation>Esto firma el plan con la huella digital {0}. Cualquier cambio posterior en el plan anula esta firma.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="182"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="67"/>
        <location filename="../ui/dialogs.py" line="269"/>
        <source>Export charter</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="21"/>
        <source>Co-response plans (*.coresponse.yaml *.yaml *.yml)</source>
        <translation>Planes de respuesta conjunta (*.coresponse.yaml *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="22"/>
        <source>Plans and charters (*.yaml *.yml *.pdf);;Co-response plans (*.yaml *.yml);;Charters (*.pdf)</source>
        <translation>Planes y actas (*.yaml *.yml *.pdf);;Planes de respuesta conjunta (*.yaml *.yml);;Actas (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="220"/>
        <source>Sign by typing — {0}</source>
        <translation>Firmar escribiendo — {0}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="222"/>
        <source>The signature will read “{0}” and is given to the plan with fingerprint {1}. Any later change to the plan voids it.</source>
        <translation>La firma dirá “{0}” y se aplica al plan con la huella digital {1}. Cualquier cambio posterior en el plan la anula.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="225"/>
        <source>&amp;Type your name, {0}, to sign:</source>
        <translation>&amp;Escriba su nombre, {0}, para firmar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="229"/>
        <source>Type your name, {0}, to sign</source>
        <translation>Escriba su nombre, {0}, para firmar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="237"/>
        <source>&amp;Sign as {0}</source>
        <translation>&amp;Firmar como {0}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="251"/>
        <source>That is not “{0}” yet.</source>
        <translation>Todavía no dice “{0}”.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="270"/>
        <source>A final charter is not possible yet.</source>
        <translation>Todavía no es posible un acta definitiva.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="271"/>
        <source>

Export a DRAFT charter instead?</source>
        <translation>

¿Exportar en cambio un acta BORRADOR?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="272"/>
        <source>Export &amp;draft</source>
        <translation>Exportar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="283"/>
        <source>Charter exported</source>
        <translation>Acta exportada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="284"/>
        <source>The final charter was saved.</source>
        <translation>Se guardó el acta definitiva.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="285"/>
        <source>The DRAFT charter was saved.</source>
        <translation>Se guardó el BORRADOR del acta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="287"/>
        <source>Open the &amp;PDF</source>
        <translation>Abrir el &amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="288"/>
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>ui.document</name>
    <message>
        <location filename="../ui/document.py" line="64"/>
        <source>edit {field}</source>
        <translation>editar {field}</translation>
    </message>
    <message>
        <location filename="../ui/document.py" line="66"/>
        <source>{row} {n}</source>
        <translation>{row} {n}</translation>
    </message>
    <message>
        <location filename="../ui/document.py" line="69"/>
        <source>edit {row}</source>
        <translation>editar {row}</translation>
    </message>
    <message>
        <location filename="../ui/document.py" line="70"/>
        <source>edit {field}, {row}</source>
        <translation>editar {field}, {row}</translation>
    </message>
    <message>
        <location filename="../ui/document.py" line="204"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location filename="../ui/document.py" line="409"/>
        <source>Autosave failed: {0}: {1}</source>
        <translation>Falló el guardado automático: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ui.facilitator</name>
    <message>
        <location filename="../ui/facilitator.py" line="67"/>
        <source>Step timer</source>
        <translation>Temporizador del paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="72"/>
        <source>&amp;Minutes for this step</source>
        <translation>&amp;Minutos para este paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="77"/>
        <source>Minutes for this step</source>
        <translation>Minutos para este paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="86"/>
        <source>Time left for this step</source>
        <translation>Tiempo restante para este paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="89"/>
        <location filename="../ui/facilitator.py" line="157"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="92"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="97"/>
        <source>Start &amp;automatically when the step changes</source>
        <translation>Iniciar &amp;automáticamente al cambiar de paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="157"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="157"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="159"/>
        <source>time is up</source>
        <translation>se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="160"/>
        <source>almost out of time</source>
        <translation>casi no queda tiempo</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="161"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="162"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="163"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="185"/>
        <source>Facilitator notes</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="194"/>
        <source>Facilitator notes for this step</source>
        <translation>Notas para quien facilita este paso</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="232"/>
        <source>Step {0} of {1} · {2}</source>
        <translation>Paso {0} de {1} · {2}</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="235"/>
        <source>Notes for the facilitator</source>
        <translation>Notas para el facilitador</translation>
    </message>
    <message>
        <location filename="../ui/facilitator.py" line="236"/>
        <source>The room sees these prompts</source>
        <translation>El grupo ve estas preguntas</translation>
    </message>
</context>
<context>
    <name>ui.fields</name>
    <message>
        <location filename="../ui/fields.py" line="169"/>
        <source>separate with ;</source>
        <translation>separe con ;</translation>
    </message>
    <message>
        <location filename="../ui/fields.py" line="243"/>
        <source>{0} is more than this field allows: at most {1}. The plan keeps the last value it accepted.</source>
        <translation>{0} es más de lo que admite este campo: como máximo {1}. El plan conserva el último valor que aceptó.</translation>
    </message>
    <message>
        <location filename="../ui/fields.py" line="290"/>
        <source>{0} (not in the catalog)</source>
        <translation>{0} (no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../ui/fields.py" line="320"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/fields.py" line="366"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
</context>
<context>
    <name>ui.files</name>
    <message>
        <location filename="../ui/files.py" line="69"/>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="75"/>
        <source>Opened the plan inside {0}, revision {1}, as it was signed. The first change starts revision {2}.</source>
        <translation>Se abrió el plan incluido en {0}, revisión {1}, tal como se firmó. El primer cambio inicia la revisión {2}.</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="89"/>
        <source>Could not recover</source>
        <translation>No se pudo recuperar</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="96"/>
        <source>Recovered unsaved work. Save it to keep it.</source>
        <translation>Se recuperó el trabajo sin guardar. Guárdelo para conservarlo.</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="105"/>
        <source>“{title}”, from {original}, autosaved {when}</source>
        <translation>«{title}», de {original}, guardado automáticamente el {when}</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="106"/>
        <source>“{title}”, never saved, autosaved {when}</source>
        <translation>«{title}», nunca guardado, guardado automáticamente el {when}</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="143"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="144"/>
        <source>{0}: {1}. The previous file is unchanged; your work is still open and autosaved.</source>
        <translation>{0}: {1}. El archivo anterior no cambió; su trabajo sigue abierto y guardado automáticamente.</translation>
    </message>
    <message>
        <location filename="../ui/files.py" line="148"/>
        <source>Saved {0}</source>
        <translation>Se guardó {0}</translation>
    </message>
</context>
<context>
    <name>ui.launch_kit</name>
    <message>
        <location filename="../ui/launch_kit.py" line="47"/>
        <source>Could not save the {0}</source>
        <translation>No se pudo guardar {0}</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="47"/>
        <source>{0}: {1}

Nothing was written.</source>
        <translation>{0}: {1}

No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="71"/>
        <source>meeting calendar</source>
        <translation>el calendario de reuniones</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="74"/>
        <source>Saved the meeting calendar ({n} event, {zone}) to {path}</source>
        <translation>Se guardó el calendario de reuniones ({n} evento, {zone}) en {path}</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="75"/>
        <source>Saved the meeting calendar ({n} events, {zone}) to {path}</source>
        <translation>Se guardó el calendario de reuniones ({n} eventos, {zone}) en {path}</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="77"/>
        <source>{n} event in the time zone {zone}, saved to {path}.</source>
        <translation>{n} evento en la zona horaria {zone}, guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="78"/>
        <source>{n} events in the time zone {zone}, saved to {path}.</source>
        <translation>{n} eventos en la zona horaria {zone}, guardados en {path}.</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="80"/>
        <source>Meetings start on a default day at 10:00 (each event says which); move them to the agreed time in your calendar.</source>
        <translation>Las reuniones empiezan en un día predeterminado a las 10:00 (cada evento dice cuál); muévalas a la hora acordada en su calendario.</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="83"/>
        <source>

Left out:
</source>
        <translation>

Quedaron fuera:
</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="84"/>
        <source>Meeting calendar saved</source>
        <translation>Calendario de reuniones guardado</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="98"/>
        <source>Could not make the data workbook</source>
        <translation>No se pudo crear el libro de datos</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="105"/>
        <source>data workbook</source>
        <translation>el libro de datos</translation>
    </message>
    <message>
        <location filename="../ui/launch_kit.py" line="107"/>
        <source>Saved the data-collection workbook to {0}</source>
        <translation>Se guardó el libro de recopilación de datos en {0}</translation>
    </message>
</context>
<context>
    <name>ui.local_time</name>
    <message>
        <location filename="../ui/local_time.py" line="9"/>
        <source>time not recorded</source>
        <translation>hora sin registrar</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <location filename="../ui/main_window.py" line="162"/>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>Content pack: {0}</source>
        <translation>Paquete de contenido: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Untitled plan[*] — {0}</source>
        <translation>Plan sin título[*] — {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>&amp;Export charter…</source>
        <translation>&amp;Exportar el acta…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="286"/>
        <source>{0}. Save your work with File ▸ Save.</source>
        <translation>{0}. Guarde su trabajo con Archivo ▸ Guardar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="304"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="306"/>
        <source>This change starts revision {0} of the charter.{1}</source>
        <translation>Este cambio inicia la revisión {0} del acta.{1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="331"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="332"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="333"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="336"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="338"/>
        <source>&amp;Export Charter…</source>
        <translation>&amp;Exportar el acta…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="344"/>
        <source>&amp;Launch Kit</source>
        <translation>&amp;Kit de inicio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="351"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="353"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="354"/>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="355"/>
        <location filename="../ui/main_window.py" line="416"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="359"/>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="360"/>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="361"/>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="362"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="364"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="366"/>
        <source>&amp;Guidance Panel</source>
        <translation>Panel de &amp;orientación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="370"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="371"/>
        <source>Zoom In (=)</source>
        <translation>Acercar (=)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="372"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="373"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="375"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>&amp;Facilitator Notes</source>
        <translation>Notas para quien &amp;facilita</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="386"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="390"/>
        <source>&amp;Content Pack…</source>
        <translation>&amp;Paquete de contenido…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="391"/>
        <source>Use &amp;Default Content</source>
        <translation>Usar el contenido &amp;predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="395"/>
        <source>Help for This &amp;Step</source>
        <translation>Ayuda para este &amp;paso</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="396"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="406"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="416"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="510"/>
        <source>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;&lt;b&gt;What this is.&lt;/b&gt; {1}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Discuss&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{3}&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Press F1 or Help for the full guidance.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Qué es.&lt;/b&gt; {1}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Por qué importa.&lt;/b&gt; {2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Para conversar&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{3}&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Pulse F1 o Ayuda para ver la orientación completa.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="583"/>
        <source>Help — {0}</source>
        <translation>Ayuda — {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="586"/>
        <source>Help for {0}</source>
        <translation>Ayuda para {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="600"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="611"/>
        <source>1 blocker</source>
        <translation>1 impedimento</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="612"/>
        <source>{0} blockers</source>
        <translation>{0} impedimentos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="613"/>
        <source>1 other finding</source>
        <translation>1 hallazgo más</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="614"/>
        <source>{0} other findings</source>
        <translation>{0} hallazgos más</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="617"/>
        <source>Revision {0} · fingerprint {1}</source>
        <translation>Revisión {0} · huella digital {1}</translation>
    </message>
</context>
<context>
    <name>ui.pages.agency</name>
    <message>
        <location filename="../ui/pages/agency.py" line="28"/>
        <source>Program and agency</source>
        <translation>Programa y agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="29"/>
        <source>&amp;Program name</source>
        <translation>Nombre del &amp;programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="29"/>
        <source>e.g. Riverton Co-Response Program</source>
        <translation>p. ej., Programa de Respuesta Conjunta de Riverton</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="30"/>
        <source>Sta&amp;ge of the program</source>
        <translation>&amp;Etapa del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="31"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="32"/>
        <source>Launch&amp;ed (or planned launch)</source>
        <translation>&amp;Inicio (o inicio previsto)</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="32"/>
        <source>Year, year-month or date: 2011, 2011-10</source>
        <translation>Año, año-mes o fecha: 2011, 2011-10</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="33"/>
        <source>When the program first answered calls, as exactly as known: 2011, 2011-10 or 2011-10-05.</source>
        <translation>Cuándo atendió el programa sus primeras llamadas, con la precisión que se sepa: 2011, 2011-10 o 2011-10-05.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="34"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Nombre de la agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="34"/>
        <source>The agency that leads the program</source>
        <translation>La agencia que dirige el programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="35"/>
        <source>Who &amp;runs the program</source>
        <translation>Quién &amp;opera el programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="35"/>
        <source>One organization per line, the lead first</source>
        <translation>Una organización por línea, primero la principal</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="36"/>
        <source>The organizations that run the program day to day; the charter names them as its operators. Leave empty until it is decided.</source>
        <translation>Las organizaciones que operan el programa en el día a día; el acta las nombra como sus operadoras. Déjelo vacío hasta que se decida.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="37"/>
        <source>Agency &amp;type</source>
        <translation>&amp;Tipo de agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="37"/>
        <location filename="../ui/pages/agency.py" line="42"/>
        <location filename="../ui/pages/agency.py" line="64"/>
        <location filename="../ui/pages/agency.py" line="84"/>
        <location filename="../ui/pages/agency.py" line="95"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="38"/>
        <source>&amp;State</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="38"/>
        <source>e.g. Ohio</source>
        <translation>p. ej., Ohio</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="39"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="39"/>
        <source>City, county or district served</source>
        <translation>Ciudad, condado o distrito atendido</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="40"/>
        <source>Population ser&amp;ved</source>
        <translation>Población &amp;atendida</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="41"/>
        <source>S&amp;worn officers</source>
        <translation>Agentes &amp;juramentados</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="42"/>
        <source>&amp;Geography</source>
        <translation>&amp;Geografía</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="43"/>
        <source>Square &amp;miles</source>
        <translation>&amp;Millas cuadradas</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="45"/>
        <source>Calls for service</source>
        <translation>Llamadas de servicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="46"/>
        <source>Annual &amp;calls for service</source>
        <translation>&amp;Llamadas de servicio al año</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="47"/>
        <source>Behavioral-health calls a &amp;year (estimate)</source>
        <translation>Llamadas de salud conductual al &amp;año (estimación)</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="48"/>
        <source>Estimate from CAD call types and officer reports.</source>
        <translation>Estimación a partir de los tipos de llamada del CAD y los informes de los agentes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="50"/>
        <source>Patrol shift pattern</source>
        <translation>Esquema de turnos de patrullaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="51"/>
        <source>The patrol shift pattern is &amp;known</source>
        <translation>Se &amp;conoce el esquema de turnos de patrullaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="52"/>
        <source>Coverage shares and the clinician-to-shift ratio need it; until it is given they say so.</source>
        <translation>Lo necesitan la parte de cobertura y la proporción de profesionales clínicos por turno; hasta que se indique, lo dicen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="53"/>
        <source>Shifts per &amp;day</source>
        <translation>Turnos por &amp;día</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="54"/>
        <source>Shift &amp;length</source>
        <translation>&amp;Duración del turno</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="54"/>
        <location filename="../ui/pages/agency.py" line="57"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="55"/>
        <source>First shift &amp;starts at</source>
        <translation>El primer turno &amp;empieza a las</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="56"/>
        <source>Shifts &amp;overlap (e.g. four 10-hour shifts)</source>
        <translation>Los turnos se &amp;superponen (p. ej., cuatro turnos de 10 horas)</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="57"/>
        <source>Patrol &amp;hours a day</source>
        <translation>&amp;Horas de patrullaje al día</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="59"/>
        <source>Behavioral-health partners</source>
        <translation>Socios de salud conductual</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="60"/>
        <source>Who employs or supervises the clinicians, and who else the program works with. A partner whose clinicians also serve other police agencies can list them.</source>
        <translation>Quién emplea o supervisa a los profesionales clínicos y con quién más trabaja el programa. Un socio cuyos profesionales clínicos también atienden a otras agencias policiales puede enumerarlas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="63"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="64"/>
        <location filename="../ui/pages/agency.py" line="84"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="65"/>
        <source>Role in the program</source>
        <translation>Función en el programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="66"/>
        <source>Employs clinicians</source>
        <translation>Emplea profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="67"/>
        <location filename="../ui/pages/agency.py" line="80"/>
        <source>Other agencies served</source>
        <translation>Otras agencias atendidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="68"/>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="71"/>
        <source>Resources already in place</source>
        <translation>Recursos ya existentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="72"/>
        <source>CIT-trained &amp;officers</source>
        <translation>&amp;Agentes con capacitación CIT</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="73"/>
        <source>A regional mobile crisis team serves the area</source>
        <translation>Un equipo móvil de crisis regional atiende el área</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="74"/>
        <source>Mobile crisis provider</source>
        <translation>Proveedor del equipo móvil de crisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="75"/>
        <source>988 is linked to local crisis response</source>
        <translation>El 988 está vinculado a la respuesta local a crisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="76"/>
        <source>A crisis stabilization or receiving center is available</source>
        <translation>Hay un centro de estabilización o de recepción de crisis disponible</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="77"/>
        <source>Receiving center</source>
        <translation>Centro de recepción</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="78"/>
        <source>Other resources</source>
        <translation>Otros recursos</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="81"/>
        <source>A regional or shared program: the other agencies it serves and each one&apos;s share of the cost.</source>
        <translation>Un programa regional o compartido: las otras agencias a las que atiende y la parte del costo de cada una.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="83"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="86"/>
        <source>Share of cost</source>
        <translation>Parte del costo</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="87"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="88"/>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="91"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="92"/>
        <source>For a program that already runs: its pilot, expansions, new partners and funding changes.</source>
        <translation>Para un programa que ya funciona: su piloto, ampliaciones, nuevos socios y cambios de financiamiento.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="94"/>
        <source>When (2019, 2019-06)</source>
        <translation>Cuándo (2019, 2019-06)</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="95"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="97"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/pages/agency.py" line="98"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
</context>
<context>
    <name>ui.pages.agreement</name>
    <message>
        <location filename="../ui/pages/agreement.py" line="33"/>
        <source>Renews automatically unless a party gives notice</source>
        <translation>Se renueva automáticamente salvo que una parte dé aviso</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="34"/>
        <source>Renews only by written agreement</source>
        <translation>Se renueva solo por acuerdo escrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="35"/>
        <source>Does not renew</source>
        <translation>No se renueva</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="38"/>
        <location filename="../ui/pages/agreement.py" line="206"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="39"/>
        <source>Adopt as written</source>
        <translation>Adoptar tal como está redactada</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="40"/>
        <source>Edit the wording</source>
        <translation>Modificar la redacción</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="41"/>
        <source>Omit</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="64"/>
        <source>{0}: adopt, edit or omit</source>
        <translation>{0}: adoptar, modificar u omitir</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="71"/>
        <source>Choose a wording…</source>
        <translation>Elija una redacción…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="74"/>
        <source>{0}: which wording</source>
        <translation>{0}: qué redacción</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="78"/>
        <source>The wording follows the renewal answer above.</source>
        <translation>La redacción sigue la respuesta sobre la renovación de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="81"/>
        <source>{0}: as it will print</source>
        <translation>{0}: tal como se imprimirá</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="86"/>
        <source>Our own wording, kept exactly as typed</source>
        <translation>Nuestra propia redacción, que se conserva exactamente como se escribió</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="87"/>
        <source>{0}: our wording</source>
        <translation>{0}: nuestra redacción</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="94"/>
        <source>When counsel should change it: {guidance}</source>
        <translation>Cuándo debe cambiarla el asesor legal: {guidance}</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="175"/>
        <source>Omitted: this clause is not printed.</source>
        <translation>Omitida: esta cláusula no se imprime.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="178"/>
        <source>Printed in our own wording, below.</source>
        <translation>Se imprime con nuestra propia redacción, abajo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="182"/>
        <source>As it will print:</source>
        <translation>Tal como se imprimirá:</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="183"/>
        <source>Not decided, so not printed. Adopted, it would read:</source>
        <translation>Sin decidir, así que no se imprime. Si se adopta, dirá:</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="195"/>
        <source>Each clause below comes from the clause library. Adopt it as written, edit its wording (your words are kept exactly), or omit it. Where the wording names a fact the plan does not hold yet, it says what is missing instead.</source>
        <translation>Cada cláusula de abajo viene de la biblioteca de cláusulas. Adóptela tal como está redactada, modifique su redacción (sus palabras se conservan exactamente) u omítala. Donde la redacción nombra un dato que el plan todavía no tiene, dice en su lugar lo que falta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="197"/>
        <source>Authority, term and notice</source>
        <translation>Facultad legal, vigencia y avisos</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="198"/>
        <source>Interlocal-cooperation &amp;statute</source>
        <translation>&amp;Ley de cooperación interlocal</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="198"/>
        <source>As counsel cites it</source>
        <translation>Tal como la cita el asesor legal</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="200"/>
        <source>Effecti&amp;ve date</source>
        <translation>&amp;Fecha de entrada en vigor</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="201"/>
        <source>Term in &amp;months</source>
        <translation>Vigencia en &amp;meses</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="202"/>
        <location filename="../ui/pages/agreement.py" line="208"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="203"/>
        <source>Give the term in months or as an end date, not both: clear one (“—”, “No date”) to give the other.</source>
        <translation>Indique la vigencia en meses o como fecha de terminación, no ambas: borre una (“—”, “Sin fecha”) para indicar la otra.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="204"/>
        <source>…or the term en&amp;ds on</source>
        <translation>…o la vigencia &amp;termina el</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="205"/>
        <source>Give the term in months or as an end date, not both: clear the months to give an end date.</source>
        <translation>Indique la vigencia en meses o como fecha de terminación, no ambas: borre los meses para indicar una fecha de terminación.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="207"/>
        <source>Rene&amp;wal</source>
        <translation>&amp;Renovación</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="208"/>
        <source>Each renewal &amp;lasts</source>
        <translation>Cada renovación &amp;dura</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="209"/>
        <source>Termination noti&amp;ce</source>
        <translation>A&amp;viso de terminación</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="210"/>
        <location filename="../ui/pages/agreement.py" line="212"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="212"/>
        <source>Days to c&amp;ure a breach</source>
        <translation>Días para &amp;subsanar un incumplimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="213"/>
        <source>Most either party pays a &amp;year</source>
        <translation>Lo máximo que paga cualquiera de las partes al &amp;año</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="216"/>
        <source>What each party shall do</source>
        <translation>Lo que debe hacer cada parte</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="218"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="220"/>
        <location filename="../ui/pages/agreement.py" line="231"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="221"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="222"/>
        <source>Shall</source>
        <translation>Deberá</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="226"/>
        <source>Obligations by party, as they will print</source>
        <translation>Obligaciones por parte, tal como se imprimirán</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="229"/>
        <source>Addresses for notices</source>
        <translation>Direcciones para avisos</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="232"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="233"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="234"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="235"/>
        <source>notice address</source>
        <translation>dirección para avisos</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="238"/>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="306"/>
        <source>{party} shall: {duties}.</source>
        <translation>{party} deberá: {duties}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="308"/>
        <source>No obligations are listed yet.</source>
        <translation>Todavía no hay obligaciones anotadas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agreement.py" line="312"/>
        <source>Could not show the agreement terms: {0}</source>
        <translation>No se pudieron mostrar los términos del acuerdo: {0}</translation>
    </message>
</context>
<context>
    <name>ui.pages.confidentiality</name>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="34"/>
        <source>Laws and rules that apply</source>
        <translation>Leyes y reglas que se aplican</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="35"/>
        <source>Add each framework the partners work under and mark whether it applies. State law and “Other” need the statute or rule named.</source>
        <translation>Agregue cada marco legal bajo el que trabajan los socios y marque si se aplica. La ley estatal y “Otro” necesitan que se nombre el estatuto o la regla.</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="38"/>
        <source>Framework</source>
        <translation>Marco legal</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="39"/>
        <source>Applies</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="40"/>
        <source>Name or citation</source>
        <translation>Nombre o cita</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="41"/>
        <source>Required for state law and “Other”: the statute&apos;s name or citation.</source>
        <translation>Obligatorio para la ley estatal y “Otro”: el nombre o la cita del estatuto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="43"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="44"/>
        <source>framework</source>
        <translation>marco legal</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="47"/>
        <source>What the listed frameworks require</source>
        <translation>Lo que exigen los marcos legales enumerados</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="54"/>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="55"/>
        <source>MOU &amp;status</source>
        <translation>&amp;Estado del MOU</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="55"/>
        <source>Not recorded yet</source>
        <translation>Todavía sin registrar</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="56"/>
        <source>&amp;Parties to the MOU</source>
        <translation>&amp;Partes del MOU</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="56"/>
        <source>One organization per line</source>
        <translation>Una organización por línea</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="57"/>
        <source>S&amp;igned on</source>
        <translation>&amp;Firmado el</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="58"/>
        <source>Renewal d&amp;ue</source>
        <translation>&amp;Renovación antes del</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="59"/>
        <source>The MOU &amp;covers data and information sharing</source>
        <translation>El MOU &amp;cubre el intercambio de datos e información</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="61"/>
        <source>Information sharing</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="62"/>
        <source>What clinicians &amp;may share with officers</source>
        <translation>Lo que los profesionales clínicos &amp;pueden compartir con los agentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="63"/>
        <source>On scene and afterwards: what may be shared, with whom, and what never is</source>
        <translation>En la escena y después: qué se puede compartir, con quién, y qué nunca se comparte</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="65"/>
        <source>Consent and release of information</source>
        <translation>Consentimiento y autorización para divulgar información</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="69"/>
        <source>42 CFR Part 2 consent</source>
        <translation>Consentimiento según la 42 CFR Parte 2</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="72"/>
        <source>Consent pr&amp;ocess</source>
        <translation>Proceso de &amp;consentimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="73"/>
        <source>How clinicians ask for consent, what release is used, how it is recorded</source>
        <translation>Cómo piden el consentimiento los profesionales clínicos, qué autorización se usa y cómo se registra</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="75"/>
        <source>Who documents what, and where</source>
        <translation>Quién documenta qué, y dónde</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="76"/>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="78"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="79"/>
        <source>Records what</source>
        <translation>Qué registra</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="80"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="81"/>
        <source>System name</source>
        <translation>Nombre del sistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="82"/>
        <source>Who can see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="83"/>
        <source>Kept for</source>
        <translation>Se conserva por</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="84"/>
        <source>documentation row</source>
        <translation>fila de documentación</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="87"/>
        <source>Access and retention</source>
        <translation>Acceso y conservación</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="88"/>
        <source>&amp;Access controls</source>
        <translation>Controles de &amp;acceso</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="89"/>
        <source>Who may open each system, background checks, log-ins</source>
        <translation>Quién puede abrir cada sistema, verificación de antecedentes, inicios de sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="90"/>
        <source>&amp;Retention</source>
        <translation>&amp;Conservación</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="90"/>
        <source>How long each record is kept, and under whose schedule</source>
        <translation>Cuánto tiempo se conserva cada registro y según el calendario de quién</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="100"/>
        <source>No client information in this plan</source>
        <translation>Ninguna información de clientes en este plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="107"/>
        <source>No client information</source>
        <translation>Ninguna información de clientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="110"/>
        <source>&amp;We confirm this plan holds no client health information</source>
        <translation>&amp;Confirmamos que este plan no contiene información de salud de clientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="133"/>
        <source>&lt;b&gt;A Part 2 consent is needed.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Se necesita un consentimiento según la Parte 2.&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="134"/>
        <source>&lt;b&gt;A Part 2 consent is needed, and the consent process below is empty.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Se necesita un consentimiento según la Parte 2, y el proceso de consentimiento de abajo está vacío.&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="135"/>
        <source>{0}{1} applies to this program:&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;{2}&lt;/ul&gt;</source>
        <translation>{0}{1} se aplica a este programa:&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;{2}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="147"/>
        <source>Required: name the statute or rule</source>
        <translation>Obligatorio: nombre el estatuto o la regla</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="148"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="157"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;This framework is not in the catalog.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Este marco legal no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="161"/>
        <source> &lt;i&gt;(marked as not applying)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(marcado como que no se aplica)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="166"/>
        <source>Name the statute or rule in the table.</source>
        <translation>Indique la ley o la norma en la tabla.</translation>
    </message>
    <message>
        <location filename="../ui/pages/confidentiality.py" line="168"/>
        <source>&lt;b&gt;Applies when:&lt;/b&gt; {when}</source>
        <translation>&lt;b&gt;Se aplica cuando:&lt;/b&gt; {when}</translation>
    </message>
</context>
<context>
    <name>ui.pages.coverage</name>
    <message>
        <location filename="../ui/pages/coverage.py" line="37"/>
        <source>Hours of operation</source>
        <translation>Horario de funcionamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="38"/>
        <source>Will the program operate during &amp;all patrol shifts?</source>
        <translation>¿Funcionará el programa en &amp;todos los turnos de patrullaje?</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="39"/>
        <location filename="../ui/pages/coverage.py" line="118"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="42"/>
        <source>Weekly clinician hours</source>
        <translation>Horario clínico semanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="46"/>
        <source>Import &amp;calls…</source>
        <translation>Importar &amp;llamadas…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="47"/>
        <source>Import calls from a CAD export</source>
        <translation>Importar llamadas de una exportación del CAD</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="48"/>
        <source>Count your own dispatch calls by weekday and hour to see when behavioral-health calls happen. Only the counts are kept.</source>
        <translation>Cuente sus propias llamadas de despacho por día de la semana y hora para ver cuándo ocurren las llamadas de salud conductual. Solo se guardan los conteos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="50"/>
        <source>S&amp;uggest…</source>
        <translation>S&amp;ugerir…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="51"/>
        <source>Suggest clinician hours from the imported calls</source>
        <translation>Sugerir horario clínico a partir de las llamadas importadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="52"/>
        <location filename="../ui/pages/coverage.py" line="235"/>
        <source>The schedule that covers the most imported behavioral-health calls.</source>
        <translation>El horario que cubre la mayor cantidad de llamadas de salud conductual importadas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="54"/>
        <source>&amp;Remove imported calls</source>
        <translation>&amp;Quitar las llamadas importadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="55"/>
        <source>Remove the imported call counts from the plan</source>
        <translation>Quitar del plan los conteos de llamadas importados</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="69"/>
        <source>Clinician hours in words</source>
        <translation>El horario clínico en palabras</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="75"/>
        <source>Patrol hours a week with a clinician</source>
        <translation>Horas de patrullaje por semana con profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="76"/>
        <source>Patrol hours a week without a clinician</source>
        <translation>Horas de patrullaje por semana sin profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="77"/>
        <source>Clinician hours a week</source>
        <translation>Horas clínicas por semana</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="78"/>
        <source>Clinician FTE needed</source>
        <translation>FTE clínicos necesarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="79"/>
        <source>Behavioral-health calls inside clinician hours</source>
        <translation>Llamadas de salud conductual dentro del horario clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="80"/>
        <source>Behavioral-health calls per covered hour</source>
        <translation>Llamadas de salud conductual por hora cubierta</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="83"/>
        <source>Behavioral-health calls in words</source>
        <translation>Las llamadas de salud conductual en palabras</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="87"/>
        <source>Where the call counts come from</source>
        <translation>De dónde vienen los conteos de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="90"/>
        <source>Gap by day</source>
        <translation>Hueco por día</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="96"/>
        <source>Outside program hours</source>
        <translation>Fuera del horario del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="97"/>
        <source>On-call cover is availab&amp;le outside program hours</source>
        <translation>Hay &amp;guardias fuera del horario del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="100"/>
        <source>&amp;Who is on call</source>
        <translation>&amp;Quién está de guardia</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="100"/>
        <source>e.g. the partner&apos;s crisis supervisor, the mobile crisis team</source>
        <translation>p. ej., el supervisor de crisis del socio, el equipo móvil de crisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="101"/>
        <source>On-call ho&amp;urs</source>
        <translation>&amp;Horario de guardia</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="101"/>
        <source>e.g. 20:00–10:00 daily</source>
        <translation>p. ej., de 20:00 a 10:00 todos los días</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="102"/>
        <source>On-call &amp;response time</source>
        <translation>Tiempo de &amp;respuesta de guardia</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="103"/>
        <location filename="../ui/pages/coverage.py" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="104"/>
        <source>On-call support is by &amp;phone only</source>
        <translation>El apoyo de guardia es solo por &amp;teléfono</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="107"/>
        <source>Dispatch</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="109"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="110"/>
        <source>Behavioral-health indicators that send the team</source>
        <translation>Indicadores de salud conductual que envían al equipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="112"/>
        <source>&amp;Other indicators</source>
        <translation>&amp;Otros indicadores</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="112"/>
        <source>One per line, e.g. Officer on scene requests the clinician</source>
        <translation>Uno por línea, p. ej., Un agente en la escena pide al profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="113"/>
        <source>&amp;Dispatch protocol</source>
        <translation>Protocolo de &amp;despacho</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="114"/>
        <source>How call-takers screen, who is sent, what happens when the team is busy</source>
        <translation>Cómo evalúan las llamadas quienes las reciben, a quién se envía y qué pasa cuando el equipo está ocupado</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="116"/>
        <source>Getting there safely</source>
        <translation>Llegar con seguridad</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="117"/>
        <source>Tran&amp;sport</source>
        <translation>&amp;Traslado</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="120"/>
        <source>Equip&amp;ment and vehicle notes</source>
        <translation>Notas sobre el &amp;equipo y el vehículo</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="120"/>
        <source>Radios, equipment, who maintains it</source>
        <translation>Radios, equipo, quién lo mantiene</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="121"/>
        <source>Scene-safet&amp;y protocol</source>
        <translation>Protocolo de &amp;seguridad en la escena</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="122"/>
        <source>Who secures the scene, when the clinician approaches, when to withdraw</source>
        <translation>Quién asegura la escena, cuándo se acerca el profesional clínico, cuándo retirarse</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="124"/>
        <source>&amp;Target response time</source>
        <translation>Tiempo de respuesta &amp;meta</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="137"/>
        <source>paint the coverage grid</source>
        <translation>pintar la cuadrícula de cobertura</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="164"/>
        <source>import calls for service</source>
        <translation>importar llamadas de servicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="169"/>
        <source>remove the imported calls</source>
        <translation>quitar las llamadas importadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="184"/>
        <source>apply the suggested schedule</source>
        <translation>aplicar el horario sugerido</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="203"/>
        <source>The patrol shift pattern is not given (agency step).</source>
        <translation>No se indicó el esquema de turnos de patrullaje (paso de la agencia).</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="204"/>
        <source>Not known without the patrol shift pattern.</source>
        <translation>No se sabe sin el esquema de turnos de patrullaje.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="206"/>
        <source>{0:.0%} of patrol hours</source>
        <translation>{0:.0%} de las horas de patrullaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="206"/>
        <source>no patrol hours</source>
        <translation>sin horas de patrullaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="208"/>
        <source>{covered} of {patrol}</source>
        <translation>{covered} de {patrol}</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="210"/>
        <source>every patrol hour has a clinician</source>
        <translation>cada hora de patrullaje tiene profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="211"/>
        <source>on call: {who}</source>
        <translation>de guardia: {who}</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="212"/>
        <source>on call: yes</source>
        <translation>de guardia: sí</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="213"/>
        <source>on-call cover not decided</source>
        <translation>guardias sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="214"/>
        <source>no on-call cover</source>
        <translation>sin guardias</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="216"/>
        <source>{0} clock hours with at least one clinician on duty</source>
        <translation>{0} horas de reloj con al menos un profesional clínico de servicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="217"/>
        <source>{0:,.0f} h × 365/7 ÷ {1:,.0f} available hours per FTE (set on the staffing step)</source>
        <translation>{0:,.0f} h × 365/7 ÷ {1:,.0f} horas disponibles por FTE (se fija en el paso de personal)</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="219"/>
        <source>Patrol hours without a clinician, by day: not known until the patrol shift pattern is given on the agency step.</source>
        <translation>Horas de patrullaje sin profesional clínico, por día: no se sabe hasta que se indique el esquema de turnos de patrullaje en el paso de la agencia.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="222"/>
        <source>Patrol hours without a clinician, by day: {0}</source>
        <translation>Horas de patrullaje sin profesional clínico, por día: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="236"/>
        <source>Import calls first (with behavioral-health call types).</source>
        <translation>Primero importe llamadas (con tipos de llamada de salud conductual).</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="240"/>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="240"/>
        <source>; use Import calls… to count your own.</source>
        <translation>; use Importar llamadas… para contar las suyas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="242"/>
        <source>{0:,} of {1:,} imported behavioral-health calls fall in hours with a clinician</source>
        <translation>{0:,} de {1:,} llamadas de salud conductual importadas caen en horas con profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="245"/>
        <source> About {0:.0%} of clinician time on scene.</source>
        <translation> Alrededor del {0:.0%} del tiempo clínico en la escena.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="246"/>
        <source>even spread assumed</source>
        <translation>se supone una distribución pareja</translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="251"/>
        <source>No calls imported. </source>
        <translation>No se importaron llamadas. </translation>
    </message>
    <message>
        <location filename="../ui/pages/coverage.py" line="251"/>
        <source>Import calls… reads a CAD export (CSV or Excel) and keeps only counts by weekday and hour; no call, name or address is stored.</source>
        <translation>Importar llamadas… lee una exportación del CAD (CSV o Excel) y guarda solo conteos por día de la semana y hora; no se guarda ninguna llamada, nombre ni dirección.</translation>
    </message>
</context>
<context>
    <name>ui.pages.data</name>
    <message>
        <location filename="../ui/pages/data.py" line="34"/>
        <source>Measure: {0}</source>
        <translation>Medida: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="37"/>
        <source>Target (optional)</source>
        <translation>Meta (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="38"/>
        <source>Target for {0}</source>
        <translation>Meta para {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="56"/>
        <source>Caution about {0}</source>
        <translation>Precaución sobre {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="91"/>
        <source>Performance measures</source>
        <translation>Medidas de desempeño</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="92"/>
        <source>Choose what the program will count, and give a target where the partners can agree on one. Measure process (is it running as designed?), output (what did it produce?) and outcome (did it make a difference?).</source>
        <translation>Elija lo que contará el programa y fije una meta donde los socios puedan acordarla. Mida el proceso (¿funciona como se diseñó?), el producto (¿qué produjo?) y el resultado (¿hizo una diferencia?).</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="117"/>
        <source>Measures not in the catalog</source>
        <translation>Medidas que no están en el catálogo</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="130"/>
        <source>Custom measures</source>
        <translation>Medidas propias</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="131"/>
        <source>Anything else the partners want to count that the list above does not offer.</source>
        <translation>Cualquier otra cosa que los socios quieran contar y que la lista de arriba no ofrece.</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="133"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="134"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="135"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="136"/>
        <source>custom measure</source>
        <translation>medida propia</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="139"/>
        <source>Where the data comes from</source>
        <translation>De dónde vienen los datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="140"/>
        <source>Data &amp;sources</source>
        <translation>&amp;Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="146"/>
        <source>Sto&amp;rage</source>
        <translation>&amp;Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="146"/>
        <source>Where the program&apos;s data is kept, and in what form</source>
        <translation>Dónde se guardan los datos del programa y en qué forma</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="148"/>
        <source>Ownership and reporting</source>
        <translation>Responsabilidad e informes</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="149"/>
        <source>Data o&amp;wner</source>
        <translation>&amp;Responsable de los datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="149"/>
        <source>The agency and role that owns the data and answers for it</source>
        <translation>La agencia y la función responsables de los datos, que rinden cuentas por ellos</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="150"/>
        <source>Reports &amp;produced by</source>
        <translation>Informes &amp;producidos por</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="150"/>
        <source>Who compiles and publishes the reports</source>
        <translation>Quién compila y publica los informes</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="151"/>
        <source>Reporting &amp;cadence</source>
        <translation>&amp;Frecuencia de los informes</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="151"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="152"/>
        <source>Reports go t&amp;o</source>
        <translation>Los informes &amp;van a</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="152"/>
        <source>One audience per line (committee, council, funder…)</source>
        <translation>Un destinatario por línea (comité, concejo, financiador…)</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="154"/>
        <source>Baseline and evaluation</source>
        <translation>Línea de base y evaluación</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="155"/>
        <source>Base&amp;line period</source>
        <translation>Período de &amp;línea de base</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="155"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="156"/>
        <source>Months of data collected before launch, to measure change against.</source>
        <translation>Meses de datos recopilados antes del inicio, para medir el cambio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="157"/>
        <source>Baseline &amp;data</source>
        <translation>&amp;Datos de línea de base</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="157"/>
        <source>What the baseline covers and where it comes from</source>
        <translation>Qué abarca la línea de base y de dónde viene</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="159"/>
        <source>Evaluation p&amp;artner</source>
        <translation>&amp;Socio de evaluación</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="159"/>
        <source>A university or evaluator, if any</source>
        <translation>Una universidad o un evaluador, si lo hay</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="167"/>
        <source>Data: {0}.</source>
        <translation>Datos: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="170"/>
        <source>Source: {0}.</source>
        <translation>Fuente: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="225"/>
        <source>{0} measures — {1} chosen</source>
        <translation>Medidas de {0} — {1} elegidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="239"/>
        <source>This measure is not in the content&apos;s catalog; untick it to remove it.</source>
        <translation>Esta medida no está en el catálogo del contenido; desmárquela para quitarla.</translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="255"/>
        <source>The chosen measures also draw on: </source>
        <translation>Las medidas elegidas también se nutren de: </translation>
    </message>
    <message>
        <location filename="../ui/pages/data.py" line="257"/>
        <source>Every source the chosen measures draw on is ticked.</source>
        <translation>Está marcada cada fuente de la que se nutren las medidas elegidas.</translation>
    </message>
</context>
<context>
    <name>ui.pages.decisions</name>
    <message>
        <location filename="../ui/pages/decisions.py" line="122"/>
        <source>Decision &amp;list</source>
        <translation>&amp;Lista de decisiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="126"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="144"/>
        <source>&amp;Add a decision</source>
        <translation>&amp;Agregar una decisión</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="145"/>
        <source>Add a custom decision</source>
        <translation>Agregar una decisión propia</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="147"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="148"/>
        <source>Remove the selected decision</source>
        <translation>Quitar la decisión seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="176"/>
        <source>Open the step where this decision is worked out</source>
        <translation>Abrir el paso donde se trabaja esta decisión</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="188"/>
        <source>The question the partners must settle</source>
        <translation>La pregunta que deben resolver los socios</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="189"/>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="196"/>
        <source>&amp;Open</source>
        <translation>&amp;Abierta</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="197"/>
        <source>&amp;Decided</source>
        <translation>&amp;Tomada</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="198"/>
        <source>Defe&amp;rred</source>
        <translation>A&amp;plazada</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="200"/>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="205"/>
        <location filename="../ui/pages/decisions.py" line="207"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="211"/>
        <source>What the partners decided, in a sentence or two</source>
        <translation>Lo que decidieron los socios, en una o dos oraciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="212"/>
        <source>Decision te&amp;xt</source>
        <translation>&amp;Texto de la decisión</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="216"/>
        <source>Who answers for it</source>
        <translation>Quién responde por ella</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="217"/>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="224"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="225"/>
        <source>D&amp;ue date</source>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="229"/>
        <source>Note&amp;s</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="332"/>
        <source>Key decision {0} of {1} — from the starter guide</source>
        <translation>Decisión clave {0} de {1} — de la guía inicial</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="333"/>
        <source>Custom decision {0}</source>
        <translation>Decisión propia {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="335"/>
        <source>Question: {question}</source>
        <translation>Pregunta: {question}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="341"/>
        <source>Open the “{0}” ste&amp;p</source>
        <translation>Abrir el &amp;paso “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="346"/>
        <source>The four key decisions cannot be removed.</source>
        <translation>Las cuatro decisiones clave no se pueden quitar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="387"/>
        <source>add decision {0}</source>
        <translation>agregar la decisión {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="399"/>
        <source>The four key decisions of the starter guide cannot be removed. Mark one as deferred if it cannot be settled yet.</source>
        <translation>Las cuatro decisiones clave de la guía inicial no se pueden quitar. Marque una como aplazada si todavía no se puede resolver.</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="405"/>
        <source>remove decision {0}</source>
        <translation>quitar la decisión {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="444"/>
        <source>Key decision {0}</source>
        <translation>Decisión clave {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="444"/>
        <source>Custom {n}</source>
        <translation>Propia {n}</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="445"/>
        <source>(no question yet)</source>
        <translation>(todavía sin pregunta)</translation>
    </message>
    <message>
        <location filename="../ui/pages/decisions.py" line="452"/>
        <source>{question}
Owner: {owner}</source>
        <translation>{question}
Responsable: {owner}</translation>
    </message>
</context>
<context>
    <name>ui.pages.export</name>
    <message>
        <location filename="../ui/pages/export.py" line="32"/>
        <location filename="../ui/pages/export.py" line="36"/>
        <source>Charter status</source>
        <translation>Estado del acta</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="41"/>
        <source>Export final &amp;charter…</source>
        <translation>Exportar el acta &amp;definitiva…</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="44"/>
        <source>Export &amp;draft…</source>
        <translation>Exportar &amp;borrador…</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="46"/>
        <source>Go to &amp;Review</source>
        <translation>Ir a la &amp;revisión</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="48"/>
        <source>Go to &amp;Sign-off</source>
        <translation>Ir a las &amp;firmas</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="50"/>
        <source>Sign exported charter with cert&amp;ificate…</source>
        <translation>Firmar el acta exportada con &amp;certificado…</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="51"/>
        <source>Each signatory signs their box in an exported charter PDF with their certificate (.p12/.pfx); any PDF reader can check these signatures.</source>
        <translation>Cada firmante firma su casilla en el PDF del acta exportada con su certificado (.p12/.pfx); cualquier lector de PDF puede verificar estas firmas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="54"/>
        <source>&amp;Word copy for counsel…</source>
        <translation>Copia en &amp;Word para el asesor legal…</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="55"/>
        <source>The same charter as a Word document (.docx) that counsel can redline, with guidance on each clause; it is a review copy, never the signed charter.</source>
        <translation>La misma acta como documento de Word (.docx) en el que el asesor legal puede marcar cambios, con orientación sobre cada cláusula; es una copia de revisión, nunca el acta firmada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="64"/>
        <source>Word review copy</source>
        <translation>Copia de revisión en Word</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="73"/>
        <source>Exporting the charter</source>
        <translation>Exportación del acta</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="90"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="92"/>
        <source>Open its fo&amp;lder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="101"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="104"/>
        <source>&amp;Preview charter</source>
        <translation>&amp;Vista previa del acta</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="137"/>
        <source>A final charter is not possible yet:
</source>
        <translation>Todavía no es posible un acta definitiva:
</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="139"/>
        <source>
You can export a DRAFT now: every page is marked DRAFT.</source>
        <translation>
Puede exportar un BORRADOR ahora: cada página lleva la marca BORRADOR.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="143"/>
        <source>Ready for the final charter: no blockers, and every required signature is valid for fingerprint {0}.</source>
        <translation>Listo para el acta definitiva: no hay impedimentos y cada firma obligatoria es válida para la huella digital {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="154"/>
        <source>The plan has changed since this preview. Preview again to see the changes.</source>
        <translation>El plan cambió desde esta vista previa. Vuelva a generarla para ver los cambios.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="183"/>
        <location filename="../ui/pages/export.py" line="223"/>
        <source>The charter is still being exported.</source>
        <translation>El acta todavía se está exportando.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="211"/>
        <source>Rendering the final charter to {name}… You can keep working.</source>
        <translation>Generando el acta constitutiva definitiva en {name}… Puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="212"/>
        <source>Rendering the DRAFT charter to {name}… You can keep working.</source>
        <translation>Generando el BORRADOR del acta constitutiva en {name}… Puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="215"/>
        <source>Exporting the charter to {0}…</source>
        <translation>Exportando el acta a {0}…</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="240"/>
        <source>Saved the Word review copy for counsel to {0}</source>
        <translation>Se guardó la copia de revisión en Word para el asesor legal en {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="242"/>
        <source>Saved the Word review copy to {0}</source>
        <translation>Se guardó la copia de revisión en Word en {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="245"/>
        <source>Writing the Word review copy to {0}… You can keep working.</source>
        <translation>Escribiendo la copia de revisión en Word en {0}… Puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="254"/>
        <source>final charter</source>
        <translation>el acta definitiva</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="254"/>
        <source>DRAFT charter</source>
        <translation>el acta BORRADOR</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="255"/>
        <location filename="../ui/pages/export.py" line="257"/>
        <source>Exported the {0} to {1}</source>
        <translation>Se exportó {0} a {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="268"/>
        <source>Could not export the charter</source>
        <translation>No se pudo exportar el acta</translation>
    </message>
    <message>
        <location filename="../ui/pages/export.py" line="269"/>
        <source>{0}: {1}

Nothing was written; your plan is unchanged.</source>
        <translation>{0}: {1}

No se escribió nada; su plan no cambió.</translation>
    </message>
</context>
<context>
    <name>ui.pages.funding</name>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <source>Direct costs</source>
        <translation>Costos directos</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <source>Indirect</source>
        <translation>Indirectos</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <location filename="../ui/pages/funding.py" line="51"/>
        <location filename="../ui/pages/funding.py" line="163"/>
        <source>Total cost</source>
        <translation>Costo total</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <location filename="../ui/pages/funding.py" line="447"/>
        <source>Secured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <location filename="../ui/pages/funding.py" line="52"/>
        <source>Gap after secured</source>
        <translation>Déficit después de lo asegurado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="49"/>
        <source>Match required</source>
        <translation>Contrapartida exigida</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="50"/>
        <location filename="../ui/pages/funding.py" line="164"/>
        <source>From time-limited sources</source>
        <translation>De fuentes con plazo limitado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="57"/>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="77"/>
        <source>Shorten the budget</source>
        <translation>Acortar el presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="78"/>
        <source>A {0}-year budget drops {1} entered for {2}. Remove those amounts?</source>
        <translation>Un presupuesto de {0} años deja fuera {1} anotados para {2}. ¿Quitar esos montos?</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="93"/>
        <source>Budget period</source>
        <translation>Período del presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="94"/>
        <source>Fi&amp;rst fiscal year</source>
        <translation>&amp;Primer año fiscal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="95"/>
        <source>The fiscal year the budget starts in; the other years follow.</source>
        <translation>El año fiscal en que empieza el presupuesto; los demás años siguen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="98"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="100"/>
        <source>Budget &amp;years</source>
        <translation>&amp;Años del presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="102"/>
        <source>&amp;Indirect rate</source>
        <translation>Tasa de costos &amp;indirectos</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="103"/>
        <source>Indirect or administrative costs, as a share of all direct costs.</source>
        <translation>Costos indirectos o administrativos, como parte de todos los costos directos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="105"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="106"/>
        <source>A personnel line costs FTE × salary × (1 + benefits), raised each year by its annual increase; its yearly cost is shown in the year columns. Any other line lists what it costs in each fiscal year.</source>
        <translation>Una partida de personal cuesta FTE × salario × (1 + prestaciones), con el aumento anual de cada año; su costo anual se muestra en las columnas de los años. Cualquier otra partida indica lo que cuesta en cada año fiscal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="108"/>
        <source>cost line</source>
        <translation>partida de costo</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="110"/>
        <source>Add &amp;personnel line</source>
        <translation>Agregar partida de &amp;personal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="111"/>
        <source>Add personnel line</source>
        <translation>Agregar partida de personal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="113"/>
        <location filename="../ui/pages/funding.py" line="114"/>
        <source>Add other cost line</source>
        <translation>Agregar otra partida de costo</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="119"/>
        <source>Funding sources</source>
        <translation>Fuentes de financiamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="120"/>
        <source>Choosing a source fills in whether it is time-limited and its usual match; change them if your award differs.</source>
        <translation>Al elegir una fuente se completa si tiene plazo limitado y su contrapartida habitual; cámbielos si su subvención es distinta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="122"/>
        <source>funding source</source>
        <translation>fuente de financiamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="127"/>
        <source>Budget by fiscal year</source>
        <translation>Presupuesto por año fiscal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="129"/>
        <source>Budget summary by fiscal year</source>
        <translation>Resumen del presupuesto por año fiscal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="145"/>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="150"/>
        <source>&amp;Sustainability plan</source>
        <translation>Plan de &amp;sostenibilidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="151"/>
        <source>How the program is paid for when time-limited grants end</source>
        <translation>Cómo se paga el programa cuando terminen las subvenciones con plazo limitado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="193"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="194"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="195"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="196"/>
        <source>Full-time equivalents (personnel lines only).</source>
        <translation>Equivalentes de tiempo completo (solo partidas de personal).</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="197"/>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="198"/>
        <source>Annual salary per FTE (personnel lines only).</source>
        <translation>Salario anual por FTE (solo partidas de personal).</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="199"/>
        <source>Benefits</source>
        <translation>Prestaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="200"/>
        <source>Benefits as a share of salary (personnel lines only).</source>
        <translation>Prestaciones como parte del salario (solo partidas de personal).</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="202"/>
        <source>Raise/yr</source>
        <translation>Aumento/año</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="203"/>
        <source>Yearly increase of salary and benefits (personnel lines only).</source>
        <translation>Aumento anual del salario y las prestaciones (solo partidas de personal).</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="206"/>
        <source>What this line costs in {0} (lines that are not personnel); — means not known.</source>
        <translation>Lo que cuesta esta partida en {0} (partidas que no son de personal); — significa que no se sabe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="217"/>
        <source>Only personnel lines have benefits and a yearly raise.</source>
        <translation>Solo las partidas de personal tienen prestaciones y aumento anual.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="218"/>
        <source>does not apply: not a personnel line</source>
        <translation>no corresponde: no es una partida de personal</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="226"/>
        <source>FTE × salary × (1 + benefits), with the yearly raise</source>
        <translation>FTE × salario × (1 + prestaciones), con el aumento anual</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="446"/>
        <source>Secured (+{pending} pending)</source>
        <translation>Asegurado (+{pending} pendiente)</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="453"/>
        <source>Gap: no costs yet</source>
        <translation>Déficit: todavía no hay costos</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="454"/>
        <source>Gap: a cost is not known</source>
        <translation>Déficit: no se conoce un costo</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="256"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="257"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="258"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="259"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="260"/>
        <source>Time-limited</source>
        <translation>Con plazo limitado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="261"/>
        <source>Match</source>
        <translation>Contrapartida</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="262"/>
        <source>Share of the award the agency must match (cash or in-kind). Set a different rate per year in the panel below the table.</source>
        <translation>Parte de la subvención que la agencia debe igualar (en efectivo o en especie). Fije una tasa distinta por año en el panel debajo de la tabla.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="263"/>
        <source>Match comes from</source>
        <translation>La contrapartida viene de</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="264"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="266"/>
        <source>What this source pays in {0}; — means not known yet.</source>
        <translation>Lo que paga esta fuente en {0}; — significa que todavía no se sabe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="300"/>
        <source>About the selected funding source</source>
        <translation>Sobre la fuente de financiamiento seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="311"/>
        <source>Same &amp;match rate every year</source>
        <translation>La misma tasa de &amp;contrapartida todos los años</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="312"/>
        <source>Use the same match rate every year</source>
        <translation>Usar la misma tasa de contrapartida todos los años</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="337"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;This source is not in the catalog.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Esta fuente no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="340"/>
        <source>Not time-limited</source>
        <translation>Sin plazo limitado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="342"/>
        <source>usual match {0:.0%}</source>
        <translation>contrapartida habitual {0:.0%}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="344"/>
        <source> over {0} months</source>
        <translation> en {0} meses</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="345"/>
        <source>maximum award {0}{1}</source>
        <translation>subvención máxima {0}{1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="347"/>
        <source>terms end {0}</source>
        <translation>las condiciones terminan el {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="351"/>
        <source>This plan counts {total} from it, more than the maximum award.</source>
        <translation>Este plan cuenta con {total} de esta fuente, más que la adjudicación máxima.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="358"/>
        <source>This plan: {total} over {n} year.</source>
        <translation>Este plan: {total} en {n} año.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="359"/>
        <source>This plan: {total} over {n} years.</source>
        <translation>Este plan: {total} en {n} años.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="367"/>
        <source>Match rate by year — {0}</source>
        <translation>Tasa de contrapartida por año — {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="396"/>
        <source>Match rate {0}</source>
        <translation>Tasa de contrapartida {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="433"/>
        <source>{0:.0%} of the funding comes from time-limited sources. Say here how the program is paid for when they end.</source>
        <translation>El {0:.0%} del financiamiento viene de fuentes con plazo limitado. Indique aquí cómo se paga el programa cuando terminen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="443"/>
        <source>Total cost, {0}</source>
        <translation>Costo total, {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="460"/>
        <source>Gap: covered by secured funding</source>
        <translation>Déficit: cubierto por financiamiento asegurado</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="462"/>
        <source>Gap after secured funding, {n} year</source>
        <translation>Déficit después del financiamiento asegurado, {n} año</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="464"/>
        <source>Gap after secured funding, {n} years</source>
        <translation>Déficit después del financiamiento asegurado, {n} años</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="478"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="484"/>
        <source>Indirect ({rate})</source>
        <translation>Indirectos ({rate})</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="494"/>
        <source>Secured {0} more than the cost</source>
        <translation>Asegurado: {0} más que el costo</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="521"/>
        <source>funding gap</source>
        <translation>déficit de financiamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="521"/>
        <source>no gap</source>
        <translation>sin déficit</translation>
    </message>
    <message>
        <location filename="../ui/pages/funding.py" line="528"/>
        <source>Add cost lines and funding sources to see the budget.</source>
        <translation>Agregue partidas de costo y fuentes de financiamiento para ver el presupuesto.</translation>
    </message>
</context>
<context>
    <name>ui.pages.governance</name>
    <message>
        <location filename="../ui/pages/governance.py" line="32"/>
        <source>Weekly clinical supervision</source>
        <translation>Supervisión clínica semanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="32"/>
        <source>Clinical supervision</source>
        <translation>Supervisión clínica</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="33"/>
        <source>&amp;Clinical supervision is held</source>
        <translation>Se realiza la supervisión &amp;clínica</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="33"/>
        <source>How &amp;often</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="33"/>
        <source>&amp;Led by</source>
        <translation>&amp;Dirigida por</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="33"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="33"/>
        <source>No&amp;tes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="34"/>
        <source>Monthly joint case review (police and behavioral-health leadership)</source>
        <translation>Revisión conjunta de casos mensual (líderes de la policía y de salud conductual)</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>Joint case review</source>
        <translation>Revisión conjunta de casos</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>&amp;Joint case review is held</source>
        <translation>Se realiza la revisión &amp;conjunta de casos</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>Ho&amp;w often</source>
        <translation>F&amp;recuencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>Le&amp;d by</source>
        <translation>D&amp;irigida por</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>Pa&amp;rticipants</source>
        <translation>P&amp;articipantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="35"/>
        <source>Note&amp;s</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="47"/>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="52"/>
        <source>{0} is held</source>
        <translation>Se realiza: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="55"/>
        <source>{0}: how often</source>
        <translation>{0}: frecuencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="56"/>
        <source>Role or name of who leads it</source>
        <translation>Función o nombre de quien la dirige</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="57"/>
        <source>{0}: led by</source>
        <translation>{0}: dirigida por</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="58"/>
        <source>One per line (roles, never clients)</source>
        <translation>Uno por línea (funciones, nunca clientes)</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="59"/>
        <source>{0}: participants</source>
        <translation>{0}: participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="61"/>
        <source>{0}: notes</source>
        <translation>{0}: notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="63"/>
        <source>{0}: against the starter guide</source>
        <translation>{0}: frente a la guía inicial</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="68"/>
        <source>Planning committee</source>
        <translation>Comité de planificación</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="71"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="73"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="74"/>
        <source>Represents</source>
        <translation>Representa a</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="75"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="76"/>
        <source>Decides</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="77"/>
        <source>Holds decision authority for the program</source>
        <translation>Tiene autoridad de decisión sobre el programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="78"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="81"/>
        <source>Committee partners by tier</source>
        <translation>Socios del comité por nivel</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="84"/>
        <source>Committee &amp;meets</source>
        <translation>El comité se &amp;reúne</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="86"/>
        <source>Escalation path</source>
        <translation>Camino de escalamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="87"/>
        <source>Escalation, &amp;in order</source>
        <translation>Escalamiento, &amp;en orden</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="88"/>
        <source>One level per line, from the field up</source>
        <translation>Un nivel por línea, desde el campo hacia arriba</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="91"/>
        <source>Written policies</source>
        <translation>Políticas escritas</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="93"/>
        <source>In pl&amp;ace</source>
        <translation>&amp;Vigentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="94"/>
        <source>Managing functions with written policies in place</source>
        <translation>Funciones de gestión con políticas escritas vigentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="97"/>
        <source>Plan review</source>
        <translation>Revisión del plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="98"/>
        <source>Review this plan b&amp;y</source>
        <translation>Revisar este plan &amp;antes del</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="115"/>
        <source>Not decided yet whether it is held.</source>
        <translation>Todavía no se decidió si se realiza.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="117"/>
        <source>Not held.</source>
        <translation>No se realiza.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="119"/>
        <source>Held; how often is not decided yet.</source>
        <translation>Se realiza; la frecuencia todavía no se decidió.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="121"/>
        <source>Held, but not on a schedule.</source>
        <translation>Se realiza, pero sin un calendario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="123"/>
        <source>Held {0}: meets the starter guide.</source>
        <translation>Se realiza con frecuencia {0}: cumple la guía inicial.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="125"/>
        <source>Held {0}: less often than the starter guide calls for.</source>
        <translation>Se realiza con frecuencia {0}: menos seguido de lo que pide la guía inicial.</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="136"/>
        <source>&lt;b&gt;{0} partners&lt;/b&gt;: {1} of {2}</source>
        <translation>&lt;b&gt;Socios de nivel {0}&lt;/b&gt;: {1} de {2}</translation>
    </message>
    <message>
        <location filename="../ui/pages/governance.py" line="141"/>
        <source>&lt;br&gt;{0} of {1} members hold decision authority</source>
        <translation>&lt;br&gt;{0} de {1} miembros tienen autoridad de decisión</translation>
    </message>
</context>
<context>
    <name>ui.pages.model</name>
    <message>
        <location filename="../ui/pages/model.py" line="47"/>
        <source>{0} model</source>
        <translation>Modelo {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="52"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="65"/>
        <source>Fits when</source>
        <translation>Conviene cuando</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="76"/>
        <source>Staffing implications</source>
        <translation>Implicaciones para el personal</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="81"/>
        <source>Show staffing implications of the {0} model</source>
        <translation>Mostrar las implicaciones para el personal del modelo {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="93"/>
        <source>Primary model</source>
        <translation>Modelo principal</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="94"/>
        <source>Primary model: {0}</source>
        <translation>Modelo principal: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="96"/>
        <source>Complementary model</source>
        <translation>Modelo complementario</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="97"/>
        <source>Complementary model: {0}</source>
        <translation>Modelo complementario: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="113"/>
        <source>This is the primary model.</source>
        <translation>Este es el modelo principal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="127"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="134"/>
        <source>Recommended models</source>
        <translation>Modelos recomendados</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="136"/>
        <source>Reasons for the recommendation</source>
        <translation>Razones de la recomendación</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="138"/>
        <source>Missing profile answers</source>
        <translation>Respuestas del perfil que faltan</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="141"/>
        <source>&amp;Apply the recommendation</source>
        <translation>&amp;Aplicar la recomendación</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="143"/>
        <source>Apply the recommendation</source>
        <translation>Aplicar la recomendación</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="145"/>
        <source>Complete the agency &amp;profile</source>
        <translation>Completar el &amp;perfil de la agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="155"/>
        <source>The four models</source>
        <translation>Los cuatro modelos</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="168"/>
        <source>&amp;Clear the choice</source>
        <translation>&amp;Borrar la elección</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="169"/>
        <source>Clear the primary and complementary models</source>
        <translation>Borrar el modelo principal y los complementarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="183"/>
        <source>Why this model</source>
        <translation>Por qué este modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="184"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Justificación</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="184"/>
        <source>Why this model fits our community</source>
        <translation>Por qué este modelo conviene a nuestra comunidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="187"/>
        <source>Response tiers</source>
        <translation>Niveles de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="190"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="191"/>
        <source>Who responds</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="192"/>
        <source>When it is sent</source>
        <translation>Cuándo se envía</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="193"/>
        <source>This program</source>
        <translation>Este programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="194"/>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="260"/>
        <source>Recommended primary</source>
        <translation>Recomendado como principal</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="262"/>
        <source>Recommended complement</source>
        <translation>Recomendado como complemento</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="272"/>
        <source>Not enough of the agency profile is filled in to recommend a model.</source>
        <translation>Falta completar el perfil de la agencia para recomendar un modelo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="275"/>
        <source>{primary}, with {complementary}</source>
        <translation>{primary}, con {complementary}</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="281"/>
        <source>({n} point)</source>
        <translation>({n} punto)</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="282"/>
        <source>({n} points)</source>
        <translation>({n} puntos)</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="288"/>
        <source>Other models scored: {scores}.</source>
        <translation>Puntaje de los otros modelos: {scores}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="294"/>
        <source>Would sharpen the recommendation: {missing}.</source>
        <translation>Precisaría la recomendación: {missing}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="304"/>
        <source>No model is chosen yet.</source>
        <translation>Todavía no se eligió un modelo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="306"/>
        <source>Your choice follows the recommendation.</source>
        <translation>Su elección sigue la recomendación.</translation>
    </message>
    <message>
        <location filename="../ui/pages/model.py" line="308"/>
        <source>Your choice differs from the recommendation. That can be right for your community; say why in the rationale.</source>
        <translation>Su elección difiere de la recomendación. Puede ser lo correcto para su comunidad; explique por qué en la justificación.</translation>
    </message>
</context>
<context>
    <name>ui.pages.review</name>
    <message>
        <location filename="../ui/pages/review.py" line="23"/>
        <source>Blocker</source>
        <translation>Impedimento</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="24"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="25"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="37"/>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="43"/>
        <source> ({0:.0%} of patrol hours)</source>
        <translation> ({0:.0%} de las horas de patrullaje)</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="44"/>
        <source> (share of patrol hours not known: no patrol pattern)</source>
        <translation> (no se conoce la parte de las horas de patrullaje: no hay esquema de patrullaje)</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="45"/>
        <source>need not known (no schedule)</source>
        <translation>no se conoce la necesidad (no hay horario)</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="45"/>
        <source>{fte} needed</source>
        <translation>{fte} necesarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="48"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="49"/>
        <source>Clinician coverage</source>
        <translation>Cobertura clínica</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="50"/>
        <source>{hours} h a week{share}</source>
        <translation>{hours} h por semana{share}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="51"/>
        <source>Clinician FTE</source>
        <translation>FTE clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="52"/>
        <source>{fte} planned · {need}</source>
        <translation>{fte} previstos · {need}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="53"/>
        <source>Officer FTE</source>
        <translation>FTE de agentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="54"/>
        <source>Clinician-to-shift ratio</source>
        <translation>Proporción de profesionales clínicos por turno</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="55"/>
        <source>Year-1 cost</source>
        <translation>Costo del año 1</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="55"/>
        <source>not known yet</source>
        <translation>todavía no se sabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="56"/>
        <source>Funding gap</source>
        <translation>Déficit de financiamiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="57"/>
        <source>Open decisions</source>
        <translation>Decisiones abiertas</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="58"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="59"/>
        <source>{signed} of {total} valid, {void} void</source>
        <translation>{signed} de {total} válidas, {void} nulas</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="60"/>
        <source>{0} of {1} valid</source>
        <translation>{0} de {1} válidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="68"/>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="97"/>
        <source>Ready: no findings. Go on to sign-off.</source>
        <translation>Listo: no hay hallazgos. Siga a las firmas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="102"/>
        <source>{n} blocker must be fixed before a final charter; {others} other finding to consider.</source>
        <translation>Hay que resolver {n} impedimento antes de un acta constitutiva definitiva; {others} hallazgo más para considerar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="104"/>
        <source>{n} blocker must be fixed before a final charter; {others} other findings to consider.</source>
        <translation>Hay que resolver {n} impedimento antes de un acta constitutiva definitiva; {others} hallazgos más para considerar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="106"/>
        <source>{n} blockers must be fixed before a final charter; {others} other finding to consider.</source>
        <translation>Hay que resolver {n} impedimentos antes de un acta constitutiva definitiva; {others} hallazgo más para considerar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="108"/>
        <source>{n} blockers must be fixed before a final charter; {others} other findings to consider.</source>
        <translation>Hay que resolver {n} impedimentos antes de un acta constitutiva definitiva; {others} hallazgos más para considerar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="112"/>
        <source>No blockers. {n} finding to consider; it is printed in the charter&apos;s appendix.</source>
        <translation>No hay impedimentos. {n} hallazgo para considerar; se imprime en el apéndice del acta constitutiva.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="114"/>
        <source>No blockers. {n} findings to consider; they are printed in the charter&apos;s appendix.</source>
        <translation>No hay impedimentos. {n} hallazgos para considerar; se imprimen en el apéndice del acta constitutiva.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="155"/>
        <source>Blockers: fix these for a final charter</source>
        <translation>Impedimentos: corríjalos para tener un acta definitiva</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="177"/>
        <source>&lt;b&gt;{0}{1}&lt;/b&gt;&lt;br&gt;{2}</source>
        <translation>&lt;b&gt;{0}{1}&lt;/b&gt;&lt;br&gt;{2}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="181"/>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="182"/>
        <source>Go to: {0}</source>
        <translation>Ir a: {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review.py" line="183"/>
        <source>Open {0} at {1}</source>
        <translation>Abrir {0} en {1}</translation>
    </message>
</context>
<context>
    <name>ui.pages.signoff</name>
    <message>
        <location filename="../ui/pages/signoff.py" line="34"/>
        <location filename="../ui/pages/signoff.py" line="39"/>
        <source>○ Not signed</source>
        <translation>○ Sin firmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="35"/>
        <location filename="../ui/pages/signoff.py" line="40"/>
        <source>✓ Signed</source>
        <translation>✓ Firmada</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="36"/>
        <source>✗ VOID — sign again</source>
        <translation>✗ ANULADA — firme de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="41"/>
        <source>✗ VOID</source>
        <translation>✗ ANULADA</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="87"/>
        <source>(name not entered)</source>
        <translation>(sin nombre anotado)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="98"/>
        <source>Signature of {0}: {1}</source>
        <translation>Firma de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="108"/>
        <source>Drawn signature of {0}</source>
        <translation>Firma dibujada de {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="134"/>
        <source>Click to select this signatory for signing</source>
        <translation>Haga clic para seleccionar a este firmante para firmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="158"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="165"/>
        <source>Approval statement</source>
        <translation>Declaración de aprobación</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="171"/>
        <source>&amp;Preview before signing…</source>
        <translation>&amp;Vista previa antes de firmar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="185"/>
        <source>Signatures voided by a change</source>
        <translation>Firmas anuladas por un cambio</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="197"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="198"/>
        <source>The police executive and the behavioral-health executive must sign. Add anyone else whose approval the program needs.</source>
        <translation>Deben firmar el directivo policial y el directivo de salud conductual. Agregue a cualquier otra persona cuya aprobación necesite el programa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="201"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="202"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="203"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="204"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="205"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="345"/>
        <source>typed signature of {0}</source>
        <translation>firma escrita de {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="357"/>
        <source>drawn signature of {0}</source>
        <translation>firma dibujada de {0}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="207"/>
        <source>The first police executive and the first behavioral-health executive are required and cannot be removed.</source>
        <translation>El primer directivo policial y el primer directivo de salud conductual son obligatorios y no se pueden quitar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="231"/>
        <source>Selected signatory</source>
        <translation>Firmante seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="141"/>
        <source>Sign by &amp;drawing…</source>
        <translation>Firmar &amp;dibujando…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="123"/>
        <source>Signed (drawn) {when} · fingerprint {signed}</source>
        <translation>Firmada (dibujada) el {when} · huella digital {signed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="124"/>
        <source>Signed (typed) {when} · fingerprint {signed}</source>
        <translation>Firmada (escrita) el {when} · huella digital {signed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="126"/>
        <source>Signed (drawn) {when} · fingerprint {signed} — the plan is now {now}</source>
        <translation>Firmada (dibujada) el {when} · huella digital {signed} — el plan ahora es {now}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="127"/>
        <source>Signed (typed) {when} · fingerprint {signed} — the plan is now {now}</source>
        <translation>Firmada (escrita) el {when} · huella digital {signed} — el plan ahora es {now}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="142"/>
        <source>Sign by t&amp;yping…</source>
        <translation>Firmar &amp;escribiendo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="223"/>
        <source>&amp;Clear signature</source>
        <translation>&amp;Borrar la firma</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="234"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="276"/>
        <source>{state}: drawn, {when}, for fingerprint {fingerprint}</source>
        <translation>{state}: dibujada, {when}, para la huella digital {fingerprint}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="278"/>
        <source>{state}: typed, {when}, for fingerprint {fingerprint}</source>
        <translation>{state}: escrita, {when}, para la huella digital {fingerprint}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="311"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="325"/>
        <source>Cannot sign yet</source>
        <translation>Todavía no se puede firmar</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="325"/>
        <source>Enter the signatory&apos;s name before signing.</source>
        <translation>Anote el nombre del firmante antes de firmar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="346"/>
        <source>{name} signed ({typed}).</source>
        <translation>{name} firmó ({typed}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="358"/>
        <source>{0} signed (drawn).</source>
        <translation>{0} firmó (firma dibujada).</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="365"/>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="365"/>
        <source>Remove the signature of {0}?</source>
        <translation>¿Quitar la firma de {0}?</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="371"/>
        <source>clear the signature of {name}</source>
        <translation>borrar la firma de {name}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="372"/>
        <source>clear the signature of signatory {n}</source>
        <translation>borrar la firma del firmante {n}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="399"/>
        <source>That change voided signatures: {0} must sign again (Sign-off step).</source>
        <translation>Ese cambio anuló firmas: {0} debe firmar de nuevo (paso de firmas).</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="409"/>
        <source>You are signing revision {0} of this plan, fingerprint {1}.</source>
        <translation>Está firmando la revisión {0} de este plan, huella digital {1}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="415"/>
        <source>The plan changed after it was signed (fingerprint now {fingerprint}), so this signature is VOID. Must sign again:
{names}</source>
        <translation>El plan cambió después de la firma (huella digital actual {fingerprint}), así que esta firma es NULA. Debe firmar de nuevo:
{names}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="417"/>
        <source>The plan changed after it was signed (fingerprint now {fingerprint}), so these signatures are VOID. Must sign again:
{names}</source>
        <translation>El plan cambió después de la firma (huella digital actual {fingerprint}), así que estas firmas son NULAS. Deben firmar de nuevo:
{names}</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="426"/>
        <source>All required signatures are valid for fingerprint {0}.</source>
        <translation>Todas las firmas obligatorias son válidas para la huella digital {0}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="471"/>
        <source>Add a signatory to sign.</source>
        <translation>Agregue un firmante para firmar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="478"/>
        <source>Selected: {who} — {state}.</source>
        <translation>Seleccionado: {who} — {state}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="479"/>
        <source>Selected: {who} — {state}. Enter the name before signing.</source>
        <translation>Seleccionado: {who} — {state}. Escriba el nombre antes de firmar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="141"/>
        <source>Sign again by &amp;drawing…</source>
        <translation>Firmar de nuevo &amp;dibujando…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signoff.py" line="142"/>
        <source>Sign again by t&amp;yping…</source>
        <translation>Firmar de nuevo &amp;escribiendo…</translation>
    </message>
</context>
<context>
    <name>ui.pages.staffing</name>
    <message>
        <location filename="../ui/pages/staffing.py" line="45"/>
        <source>Staffing at a glance</source>
        <translation>El personal de un vistazo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="47"/>
        <source>Clinician FTE needed for the schedule</source>
        <translation>FTE clínicos necesarios para el horario</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="48"/>
        <source>Clinician FTE planned</source>
        <translation>FTE clínicos previstos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="49"/>
        <source>Officer FTE needed for the schedule</source>
        <translation>FTE de agentes necesarios para el horario</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="50"/>
        <source>Patrol shifts per clinician</source>
        <translation>Turnos de patrullaje por profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="51"/>
        <source>Behavioral-health calls per covered hour</source>
        <translation>Llamadas de salud conductual por hora cubierta</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="55"/>
        <source>&amp;Available hours per FTE</source>
        <translation>Horas &amp;disponibles por FTE</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="56"/>
        <source> h a year</source>
        <translation> h al año</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="58"/>
        <source>Average &amp;minutes per call</source>
        <translation>Promedio de &amp;minutos por llamada</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="59"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="65"/>
        <source>Clinician qualifications</source>
        <translation>Requisitos de los profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="66"/>
        <source> (starter guide)</source>
        <translation> (guía inicial)</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="67"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Exigidos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="68"/>
        <source>Required clinician qualifications</source>
        <translation>Requisitos exigidos a los profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="71"/>
        <source>Teams that answer calls</source>
        <translation>Equipos que atienden llamadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="72"/>
        <source>Who is in each responding team or unit, how many such teams the program fields, how a team is sent to a call and how it travels. The charter&apos;s account of a call is drawn from the first team listed.</source>
        <translation>Quién forma cada equipo o unidad que responde, cuántos equipos de ese tipo tiene el programa, cómo se envía un equipo a una llamada y cómo se traslada. La descripción de una llamada en el acta se basa en el primer equipo de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="76"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="77"/>
        <source>Made up of</source>
        <translation>Formado por</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="79"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="80"/>
        <source>How many such teams the program fields (— not decided)</source>
        <translation>Cuántos equipos de este tipo tiene el programa (— sin decidir)</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="81"/>
        <source>How it is dispatched</source>
        <translation>Cómo se despacha</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="83"/>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="84"/>
        <location filename="../ui/pages/staffing.py" line="93"/>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="85"/>
        <source>Clinician arrives separately</source>
        <translation>El profesional clínico llega por separado</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="89"/>
        <source>Clinician positions</source>
        <translation>Puestos clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="95"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="96"/>
        <location filename="../ui/pages/staffing.py" line="122"/>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="97"/>
        <source>Share here</source>
        <translation>Parte aquí</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="98"/>
        <source>Share of this position&apos;s time given to this agency</source>
        <translation>Parte del tiempo de este puesto dedicada a esta agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="99"/>
        <location filename="../ui/pages/staffing.py" line="123"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="100"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="101"/>
        <source>Qualifications met</source>
        <translation>Requisitos cumplidos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="102"/>
        <source>Documents in</source>
        <translation>Documenta en</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="103"/>
        <location filename="../ui/pages/staffing.py" line="124"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="104"/>
        <source>clinician position</source>
        <translation>puesto clínico</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="107"/>
        <source>Clinician FTE total</source>
        <translation>Total de FTE clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="110"/>
        <source>Police and peer roles</source>
        <translation>Funciones policiales y de pares</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="111"/>
        <source>Peer specialist&amp;s</source>
        <translation>&amp;Especialistas de pares</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="111"/>
        <location filename="../ui/pages/staffing.py" line="150"/>
        <source> FTE</source>
        <translation> FTE</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="113"/>
        <source>&amp;Dedicated officers</source>
        <translation>Agentes &amp;dedicados</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="114"/>
        <source>Officers assigned to work with the clinicians</source>
        <translation>Agentes asignados a trabajar con los profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="115"/>
        <source>Supportive supe&amp;rvisors</source>
        <translation>&amp;Supervisores que apoyan</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="116"/>
        <source>Patrol supervisors briefed and supportive of the model</source>
        <translation>Supervisores de patrulla informados y que apoyan el modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="119"/>
        <source>Other roles on the team</source>
        <translation>Otras funciones del equipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="121"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="125"/>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="128"/>
        <source>Dispatch training</source>
        <translation>Capacitación del despacho</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="129"/>
        <source>Dispatch is (or will be by launch) &amp;trained to identify behavioral-health indicators</source>
        <translation>El despacho está (o estará al inicio) &amp;capacitado para identificar indicadores de salud conductual</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="131"/>
        <source>Dispatchers to tra&amp;in</source>
        <translation>Despachadores por &amp;capacitar</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="132"/>
        <source>Training ho&amp;urs each</source>
        <translation>&amp;Horas de capacitación de cada uno</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="132"/>
        <location filename="../ui/pages/staffing.py" line="137"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="134"/>
        <source>Dispatch proto&amp;col</source>
        <translation>&amp;Protocolo de despacho</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="134"/>
        <source>Name of the call-taking protocol</source>
        <translation>Nombre del protocolo de recepción de llamadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="136"/>
        <source>Crisis intervention (CIT) training</source>
        <translation>Capacitación en intervención en crisis (CIT)</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="137"/>
        <source>CIT course &amp;length</source>
        <translation>&amp;Duración del curso CIT</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="139"/>
        <source>&amp;Officers to train</source>
        <translation>&amp;Agentes por capacitar</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="142"/>
        <source>CIT coverage after training</source>
        <translation>Cobertura CIT después de la capacitación</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="144"/>
        <source>Training &amp;plan</source>
        <translation>&amp;Plan de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="144"/>
        <source>Who is trained, in what, by when</source>
        <translation>Quién se capacita, en qué y para cuándo</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="146"/>
        <source>Program coordinator</source>
        <translation>Coordinador del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="147"/>
        <source>&amp;Who coordinates</source>
        <translation>&amp;Quién coordina</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="147"/>
        <source>Coordinator name</source>
        <translation>Nombre del coordinador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="148"/>
        <source>Emplo&amp;yer</source>
        <translation>&amp;Empleador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="148"/>
        <source>Coordinator employer</source>
        <translation>Empleador del coordinador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="149"/>
        <source>Coordinator&apos;s &amp;time</source>
        <translation>&amp;Tiempo del coordinador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="150"/>
        <source>Coordinator FTE</source>
        <translation>FTE del coordinador</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="151"/>
        <source>Coordination is a collateral duty (in addition to another &amp;job)</source>
        <translation>La coordinación es una tarea adicional (además de otro &amp;trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="201"/>
        <source>No clinician hours are scheduled yet (coverage step).</source>
        <translation>Todavía no hay horas clínicas programadas (paso de cobertura).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="205"/>
        <source>{0:,.0f} clinician hours a week × 365/7 = {1:,.0f} h a year ÷ {2:,.0f} available hours per FTE. Relief factor {3:.2f} ({4:,} scheduled ÷ {5:,.0f} available hours).</source>
        <translation>{0:,.0f} horas clínicas por semana × 365/7 = {1:,.0f} h al año ÷ {2:,.0f} horas disponibles por FTE. Factor de relevo {3:.2f} ({4:,} programadas ÷ {5:,.0f} horas disponibles).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="208"/>
        <source>; {0} of unknown FTE</source>
        <translation>; {0} con FTE desconocido</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="209"/>
        <source>{n} position{unknown}, counting each position&apos;s share of time for this agency</source>
        <translation>{n} puesto{unknown}, contando la parte del tiempo de cada puesto que corresponde a esta agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="211"/>
        <source>{n} positions{unknown}, counting each position&apos;s share of time for this agency</source>
        <translation>{n} puestos{unknown}, contando la parte del tiempo de cada puesto que corresponde a esta agencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="219"/>
        <source>Officer hours a week (clinician hours × officers riding with each clinician) × 365/7 ÷ {avail} available hours per FTE: the same relief factor as for clinicians.</source>
        <translation>Horas de agentes por semana (horas clínicas × agentes que acompañan a cada profesional clínico) × 365/7 ÷ {avail} horas disponibles por FTE: el mismo factor de reemplazo que para los profesionales clínicos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="221"/>
        <source>Officer hours a week (clinician hours × officers riding with each clinician, {per}) × 365/7 ÷ {avail} available hours per FTE: the same relief factor as for clinicians.</source>
        <translation>Horas de agentes por semana (horas clínicas × agentes que acompañan a cada profesional clínico, {per}) × 365/7 ÷ {avail} horas disponibles por FTE: el mismo factor de reemplazo que para los profesionales clínicos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="227"/>
        <source>Shift positions a day (each patrol shift counted once per clinician on duty) ÷ clinician FTE</source>
        <translation>Puestos de turno por día (cada turno de patrullaje se cuenta una vez por profesional clínico de servicio) ÷ FTE clínicos</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="232"/>
        <source>Enter behavioral-health calls a year on the agency step (or import calls on the coverage step), and schedule clinician hours.</source>
        <translation>Anote las llamadas de salud conductual al año en el paso de la agencia (o importe llamadas en el paso de cobertura) y programe el horario clínico.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="235"/>
        <source>spread evenly over the week; import calls on the coverage step for their real hours</source>
        <translation>distribuidas de forma pareja en la semana; importe llamadas en el paso de cobertura para ver sus horas reales</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="236"/>
        <source>at the hours the imported calls came</source>
        <translation>en las horas en que llegaron las llamadas importadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="239"/>
        <source>About {0:,.0f} of {1:,.0f} calls a year fall in covered hours ({2}).</source>
        <translation>Alrededor de {0:,.0f} de {1:,.0f} llamadas al año caen en horas cubiertas ({2}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="240"/>
        <source>Utilization {0:.0%}: time on scene at {1:g} min a call ÷ scheduled clinician time</source>
        <translation>Utilización {0:.0%}: tiempo en la escena a {1:g} min por llamada ÷ tiempo clínico programado</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="247"/>
        <source>Total: {known} FTE in {n} position{unknown}; {fte} FTE for this agency (shared: {shares}).</source>
        <translation>Total: {known} FTE en {n} puesto{unknown}; {fte} FTE para esta agencia (compartidos: {shares}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="249"/>
        <source>Total: {known} FTE in {n} positions{unknown}; {fte} FTE for this agency (shared: {shares}).</source>
        <translation>Total: {known} FTE en {n} puestos{unknown}; {fte} FTE para esta agencia (compartidos: {shares}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="251"/>
        <source>Total: {known} FTE in {n} position{unknown}; {fte} FTE for this agency.</source>
        <translation>Total: {known} FTE en {n} puesto{unknown}; {fte} FTE para esta agencia.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="253"/>
        <source>Total: {known} FTE in {n} positions{unknown}; {fte} FTE for this agency.</source>
        <translation>Total: {known} FTE en {n} puestos{unknown}; {fte} FTE para esta agencia.</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="260"/>
        <source>officers already CIT-trained (agency step)</source>
        <translation>agentes ya con capacitación CIT (paso de la agencia)</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="261"/>
        <source>officers to train</source>
        <translation>agentes por capacitar</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="262"/>
        <source>CIT coverage after training is not known yet: enter </source>
        <translation>Todavía no se conoce la cobertura CIT después de la capacitación: anote </translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="265"/>
        <source>{0:,} officers already CIT-trained + {1:,} to train = {2:,} of {3:,} sworn ({4:.0%}).</source>
        <translation>{0:,} agentes ya con capacitación CIT + {1:,} por capacitar = {2:,} de {3:,} juramentados ({4:.0%}).</translation>
    </message>
    <message>
        <location filename="../ui/pages/staffing.py" line="267"/>
        <source>{0:,} already CIT-trained + {1:,} to train = {2:,} (enter sworn officers on the agency step to see the share).</source>
        <translation>{0:,} ya con capacitación CIT + {1:,} por capacitar = {2:,} (anote los agentes juramentados en el paso de la agencia para ver la proporción).</translation>
    </message>
</context>
<context>
    <name>ui.presentation</name>
    <message>
        <location filename="../ui/presentation.py" line="57"/>
        <source>Leave Presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
</context>
<context>
    <name>ui.records</name>
    <message>
        <location filename="../ui/records.py" line="38"/>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="38"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="38"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="137"/>
        <source>{0} table</source>
        <translation>Tabla: {0}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="155"/>
        <location filename="../ui/records.py" line="156"/>
        <source>Add {0}</source>
        <translation>Agregar: {0}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="158"/>
        <source>Remove {0}</source>
        <translation>Quitar: {0}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="159"/>
        <source>Remove selected {0}</source>
        <translation>Quitar la fila seleccionada: {0}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="471"/>
        <source>edit {0}, {1} {2}</source>
        <translation>editar {0}, {1} {2}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="483"/>
        <source>{0} {1}, {2}: {3}</source>
        <translation>{0} {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="508"/>
        <source>add {0} {1}</source>
        <translation>agregar la fila {1} ({0})</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="529"/>
        <source>This {0} cannot be removed.</source>
        <translation>Esta fila ({0}) no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../ui/records.py" line="533"/>
        <source>remove {0} {1}</source>
        <translation>quitar la fila {1} ({0})</translation>
    </message>
</context>
<context>
    <name>ui.start_page</name>
    <message>
        <location filename="../ui/start_page.py" line="25"/>
        <source>Co-Response Program Design Wizard</source>
        <translation>Asistente para diseñar programas de respuesta conjunta</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="61"/>
        <source>Start a plan</source>
        <translation>Empezar un plan</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="65"/>
        <source>Start from a blank plan or a sample agency</source>
        <translation>Empiece con un plan en blanco o con una agencia de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="75"/>
        <source>&amp;Start with the selected plan</source>
        <translation>&amp;Empezar con el plan seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="82"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="85"/>
        <source>&amp;Open a plan or charter…</source>
        <translation>&amp;Abrir un plan o un acta…</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="88"/>
        <location filename="../ui/start_page.py" line="91"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="94"/>
        <source>Unsaved work from a previous session</source>
        <translation>Trabajo sin guardar de una sesión anterior</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="97"/>
        <source>Unsaved work that can be recovered</source>
        <translation>Trabajo sin guardar que se puede recuperar</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="121"/>
        <source>{title} (from {original})
autosaved {when}</source>
        <translation>{title} (de {original})
guardado automáticamente el {when}</translation>
    </message>
    <message>
        <location filename="../ui/start_page.py" line="122"/>
        <source>{title} (never saved)
autosaved {when}</source>
        <translation>{title} (nunca guardado)
guardado automáticamente el {when}</translation>
    </message>
</context>
<context>
    <name>ui.step_list</name>
    <message>
        <location filename="../ui/step_list.py" line="85"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>ui.sync_session</name>
    <message>
        <location filename="../ui/sync_session.py" line="56"/>
        <source>S&amp;hare…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="57"/>
        <source>Let several people edit this plan at once through a shared folder (no server)</source>
        <translation>Permitir que varias personas editen este plan a la vez desde una carpeta compartida (sin servidor)</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="94"/>
        <source>Share this plan</source>
        <translation>Compartir este plan</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="97"/>
        <source>Sharing makes a folder beside {0} where each person&apos;s edits are written. Put the plan and that folder in the agencies&apos; shared folder (a network drive, OneDrive, SharePoint or a Teams channel&apos;s files); everyone who opens the plan there edits it at the same time. No server, no network connection from this program. Never put client information in a plan.</source>
        <translation>Al compartir se crea, junto a {0}, una carpeta donde se escriben los cambios de cada persona. Ponga el plan y esa carpeta en la carpeta compartida de las agencias (una unidad de red, OneDrive, SharePoint o los archivos de un canal de Teams); todas las personas que abran el plan ahí lo editan al mismo tiempo. Sin servidor y sin ninguna conexión de red desde este programa. Nunca ponga información de clientes en un plan.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="102"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="104"/>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="105"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="106"/>
        <source>Your &amp;organization:</source>
        <translation>Su &amp;organización:</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="109"/>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="128"/>
        <source>{0} is already shared: everyone who opens it edits it together.</source>
        <translation>{0} ya está compartido: todas las personas que lo abren lo editan juntas.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="143"/>
        <source>Could not share the plan</source>
        <translation>No se pudo compartir el plan</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="147"/>
        <source>Shared: edits now go to {0}.sync beside the plan. Put both in the shared folder.</source>
        <translation>Compartido: los cambios ahora van a {0}.sync, junto al plan. Ponga ambos en la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="215"/>
        <source>Who is here</source>
        <translation>Quién está aquí</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="217"/>
        <location filename="../ui/sync_session.py" line="218"/>
        <source>Keep what is shown</source>
        <translation>Conservar lo que se muestra</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="219"/>
        <source>Edits made apart break a rule together (see the findings). Keep the values this window shows, as your edit; the others are replaced in the shared plan.</source>
        <translation>Los cambios hechos por separado, combinados, no cumplen una regla (vea los hallazgos). Conserve como su cambio los valores que muestra esta ventana; los demás se reemplazan en el plan compartido.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="227"/>
        <source>Not shared</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="228"/>
        <source>{0}. The plan file opened on its own; edits are not shared.</source>
        <translation>{0}. El archivo del plan se abrió por sí solo; los cambios no se comparten.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="260"/>
        <source>Shared plan: edits are merged with everyone&apos;s in {0}.sync</source>
        <translation>Plan compartido: los cambios se combinan con los de todos en {0}.sync</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="270"/>
        <source>Sharing: {0}: {1}</source>
        <translation>Uso compartido: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="300"/>
        <source>{0}. Use File ▸ Save As… to keep your changes.</source>
        <translation>{0}. Use Archivo ▸ Guardar como… para conservar sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="304"/>
        <source>{0}: your edit could not be written ({1}); it stays on screen and in the recovery file. Save As… keeps a copy.</source>
        <translation>{0}: no se pudo escribir su cambio ({1}); se mantiene en la pantalla y en el archivo de recuperación. Guardar como… conserva una copia.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="342"/>
        <source>The recovered work could not be kept: {0}</source>
        <translation>No se pudo conservar el trabajo recuperado: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="345"/>
        <source>Recovered work for a shared plan: the shared plan is shown (your edits were shared as you typed); the recovered copy is kept as {0}.</source>
        <translation>Trabajo recuperado de un plan compartido: se muestra el plan compartido (sus cambios se compartieron mientras escribía); la copia recuperada se conserva como {0}.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="383"/>
        <source>Merged {who}&apos;s edit.</source>
        <translation>Se combinó el cambio de {who}.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="384"/>
        <source>Merged {who}&apos;s edits.</source>
        <translation>Se combinaron los cambios de {who}.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="451"/>
        <source>Kept the values shown here; the shared plan holds them now.</source>
        <translation>Se conservaron los valores que se muestran aquí; ahora los tiene el plan compartido.</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="456"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="458"/>
        <source>Shared{0}: no one else here</source>
        <translation>Compartido{0}: no hay nadie más aquí</translation>
    </message>
    <message>
        <location filename="../ui/sync_session.py" line="460"/>
        <source>Shared{0}: {1}</source>
        <translation>Compartido{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ui.table_model</name>
    <message>
        <location filename="../ui/table_model.py" line="174"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../ui/table_model.py" line="231"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/table_model.py" line="233"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/table_model.py" line="257"/>
        <source>ticked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../ui/table_model.py" line="257"/>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../ui/table_model.py" line="259"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ui.widgets.cert_sign</name>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="74"/>
        <source>Sign exported charter with certificate</source>
        <translation>Firmar el acta exportada con certificado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="82"/>
        <source>Each signatory signs their own box on the signature page with their certificate (a .p12 or .pfx file). The next signatory signs the file saved here, so every signature stays valid. The passphrase is used once and never saved.</source>
        <translation>Cada firmante firma su propia casilla en la página de firmas con su certificado (un archivo .p12 o .pfx). El siguiente firmante firma el archivo guardado aquí, así cada firma sigue siendo válida. La frase de contraseña se usa una vez y nunca se guarda.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="90"/>
        <source>Charter to sign</source>
        <translation>Acta para firmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="94"/>
        <source>Cha&amp;rter PDF:</source>
        <translation>&amp;Acta en PDF:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="97"/>
        <source>Signature field</source>
        <translation>Campo de firma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="99"/>
        <source>Sig&amp;nature field:</source>
        <translation>Campo de &amp;firma:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="102"/>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="103"/>
        <source>.p12 or .pfx file with the private key</source>
        <translation>archivo .p12 o .pfx con la clave privada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="105"/>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="111"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="112"/>
        <source>leave empty if the file has none</source>
        <translation>déjelo vacío si el archivo no tiene</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="116"/>
        <source>Save the signed charter as</source>
        <translation>Guardar el acta firmada como</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="119"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="121"/>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="131"/>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="134"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="143"/>
        <source>Could not sign</source>
        <translation>No se pudo firmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="151"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="242"/>
        <source>{0}: this charter has no signature fields; export it again to get one per signatory</source>
        <translation>{0}: esta acta no tiene campos de firma; expórtela de nuevo para tener uno por firmante</translation>
    </message>
    <message>
        <location filename="../ui/widgets/cert_sign.py" line="315"/>
        <source>Signed {0} as {1} ({2}). Saved to {3}</source>
        <translation>Se firmó {0} como {1} ({2}). Guardado en {3}</translation>
    </message>
</context>
<context>
    <name>ui.widgets.charter_preview</name>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="55"/>
        <source>No preview yet.</source>
        <translation>Todavía no hay vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="60"/>
        <source>Rendering the preview</source>
        <translation>Generando la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="64"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="65"/>
        <source>Fit p&amp;age</source>
        <translation>Ajustar a la &amp;página</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="68"/>
        <source>Zoom the preview in</source>
        <translation>Acercar la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="69"/>
        <source>Zoom the preview out</source>
        <translation>Alejar la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="102"/>
        <source>Rendering the charter preview…</source>
        <translation>Generando la vista previa del acta…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="114"/>
        <source>The preview could not be rendered: {0}</source>
        <translation>No se pudo generar la vista previa: {0}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="128"/>
        <location filename="../ui/widgets/charter_preview.py" line="176"/>
        <source>Charter preview</source>
        <translation>Vista previa del acta</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="152"/>
        <source>Preview: {n} page. This is what the exported charter will show.</source>
        <translation>Vista previa: {n} página. Esto es lo que mostrará el acta constitutiva exportada.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/charter_preview.py" line="153"/>
        <source>Preview: {n} pages. This is what the exported charter will show.</source>
        <translation>Vista previa: {n} páginas. Esto es lo que mostrará el acta constitutiva exportada.</translation>
    </message>
</context>
<context>
    <name>ui.widgets.figures</name>
    <message>
        <location filename="../ui/widgets/figures.py" line="224"/>
        <source>Blocker</source>
        <translation>Impedimento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figures.py" line="224"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figures.py" line="224"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figures.py" line="254"/>
        <source>Readiness findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
</context>
<context>
    <name>ui.widgets.inputs</name>
    <message>
        <location filename="../ui/widgets/inputs.py" line="90"/>
        <source>An estimate may be typed: about 2400, 600+, at most 500, 4-5.</source>
        <translation>Puede escribir una estimación: ~2400 (alrededor de), 600+ (al menos), &lt;=500 (como máximo), 4-5 (entre).</translation>
    </message>
</context>
<context>
    <name>ui.widgets.signature_pad</name>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="111"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="112"/>
        <source>Draw your signature with a mouse, pen or finger. To sign without drawing, use Sign by typing instead.</source>
        <translation>Dibuje su firma con un mouse, un lápiz o el dedo. Para firmar sin dibujar, use Firmar escribiendo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="221"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="278"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="279"/>
        <source>Clear the signature pad</source>
        <translation>Borrar el panel de firma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/signature_pad.py" line="281"/>
        <source>Draw with a mouse, a pen or a finger.</source>
        <translation>Dibuje con un mouse, un lápiz o el dedo.</translation>
    </message>
</context>
<context>
    <name>ui.widgets.weekgrid</name>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="81"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="81"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="82"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="82"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="83"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="83"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="84"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="156"/>
        <source>Weekly clinician schedule</source>
        <translation>Horario clínico semanal</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="228"/>
        <location filename="../ui/widgets/weekgrid.py" line="301"/>
        <source>Gap</source>
        <translation>Déficit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="482"/>
        <source>no clinician</source>
        <translation>sin profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="484"/>
        <source>{n} clinician</source>
        <translation>{n} profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="486"/>
        <source>{n} clinicians</source>
        <translation>{n} profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="488"/>
        <source>patrol {shifts}</source>
        <translation>patrulla {shifts}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="489"/>
        <location filename="../ui/widgets/weekgrid.py" line="626"/>
        <source>no patrol</source>
        <translation>sin patrulla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="490"/>
        <source> (patrol hour without a clinician)</source>
        <translation> (hora de patrullaje sin profesional clínico)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="496"/>
        <source>; no behavioral-health calls imported</source>
        <translation>; no se importaron llamadas de salud conductual</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="498"/>
        <source>; {n} behavioral-health call imported ({per_week} a week)</source>
        <translation>; {n} llamada de salud conductual importada ({per_week} por semana)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="500"/>
        <source>; {n} behavioral-health calls imported ({per_week} a week)</source>
        <translation>; {n} llamadas de salud conductual importadas ({per_week} por semana)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="501"/>
        <source>{day} {start}–{end}: {who}; {patrol}{gap}{calls}</source>
        <translation>{day} {start}–{end}: {who}; {patrol}{gap}{calls}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="510"/>
        <source>Selected {0} {1}–{2}: {3} hours, {4} with clinicians</source>
        <translation>Seleccionado {0} {1}–{2}: {3} horas, {4} con profesionales clínicos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="521"/>
        <source> Shaded along the bottom of each hour: {total} imported behavioral-health calls, darker for more; the cursor reads each hour&apos;s count.</source>
        <translation> Sombreado en la parte inferior de cada hora: {total} llamadas de salud conductual importadas, más oscuro cuantas más hay; el cursor lee el número de cada hora.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="523"/>
        <source>{0}.{1} Arrow keys move, Shift+arrows select, Space toggles, plus and minus change clinicians.</source>
        <translation>{0}.{1} Las flechas mueven, Mayús+flechas seleccionan, Espacio alterna, más y menos cambian los profesionales clínicos.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="591"/>
        <source> on duty</source>
        <translation> de servicio</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="592"/>
        <source>Clinicians on duty in painted hours</source>
        <translation>Profesionales clínicos de servicio en las horas pintadas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="593"/>
        <source>Painting, Space and Shift+drag use this number of clinicians.</source>
        <translation>Pintar, Espacio y Mayús+arrastrar usan este número de profesionales clínicos.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="595"/>
        <source>&amp;Clinicians per painted hour</source>
        <translation>&amp;Profesionales clínicos por hora pintada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="598"/>
        <source>&amp;Quick fill</source>
        <translation>&amp;Relleno rápido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="599"/>
        <source>Quick fill: copy or clear days</source>
        <translation>Relleno rápido: copiar o borrar días</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="611"/>
        <source>The day copied or cleared is the row with the cursor.</source>
        <translation>El día que se copia o se borra es la fila donde está el cursor.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="671"/>
        <source>Copy {0} to &amp;every day</source>
        <translation>Copiar el {0} a todos los &amp;días</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="672"/>
        <source>Copy {0} to &amp;weekdays (Mon–Fri)</source>
        <translation>Copiar el {0} a los días &amp;hábiles (lun–vie)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="673"/>
        <source>Copy {0} to the week&amp;end</source>
        <translation>Copiar el {0} al &amp;fin de semana</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="674"/>
        <source>Clear {0} (&amp;this day)</source>
        <translation>Borrar el {0} (&amp;este día)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="601"/>
        <source>Copy this day to &amp;every day</source>
        <translation>Copiar este día a &amp;todos los días</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="602"/>
        <source>Copy this day to &amp;weekdays (Mon–Fri)</source>
        <translation>Copiar este día a los días &amp;hábiles (lun–vie)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="604"/>
        <source>Copy this day to the week&amp;end</source>
        <translation>Copiar este día al &amp;fin de semana</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="606"/>
        <source>Clear &amp;this day</source>
        <translation>Borrar &amp;este día</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="607"/>
        <source>&amp;Clear the whole week</source>
        <translation>Borrar &amp;toda la semana</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="624"/>
        <source>2 or more (number shown)</source>
        <translation>2 o más (se muestra el número)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="625"/>
        <source>patrol hour, no clinician</source>
        <translation>hora de patrullaje, sin profesional clínico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="627"/>
        <source>a patrol shift starts</source>
        <translation>empieza un turno de patrullaje</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="628"/>
        <source>behavioral-health calls (darker: more)</source>
        <translation>llamadas de salud conductual (más oscuro: más)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="639"/>
        <source>Legend: {0}</source>
        <translation>Leyenda: {0}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="648"/>
        <source>Hour under the cursor</source>
        <translation>Hora bajo el cursor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/weekgrid.py" line="650"/>
        <source>Click or drag across hours to mark when clinicians are on duty; Shift+drag sets them to the number above. Keyboard: arrows move, Shift+arrows select, Space toggles, + and − change clinicians.</source>
        <translation>Haga clic o arrastre sobre las horas para marcar cuándo hay profesionales clínicos de servicio; Mayús+arrastrar los fija en el número de arriba. Teclado: las flechas mueven, Mayús+flechas seleccionan, Espacio alterna, + y − cambian los profesionales clínicos.</translation>
    </message>
</context>
<context>
    <name>ui.worksheet</name>
    <message>
        <location filename="../ui/worksheet.py" line="33"/>
        <source>The worksheet is still being written.</source>
        <translation>La hoja de trabajo todavía se está escribiendo.</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="38"/>
        <source>Save the blank worksheet</source>
        <translation>Guardar la hoja de trabajo en blanco</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="39"/>
        <source>PDF worksheet</source>
        <translation>Hoja de trabajo en PDF</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="51"/>
        <source>Saved the blank worksheet to {0}</source>
        <translation>Se guardó la hoja de trabajo en blanco en {0}</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="52"/>
        <source>Worksheet saved</source>
        <translation>Hoja de trabajo guardada</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="52"/>
        <source>The blank worksheet was saved to
{0}</source>
        <translation>La hoja de trabajo en blanco se guardó en
{0}</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="57"/>
        <source>Could not save the worksheet</source>
        <translation>No se pudo guardar la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="57"/>
        <source>{0}: {1}

Nothing was written.</source>
        <translation>{0}: {1}

No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/worksheet.py" line="59"/>
        <source>Writing the blank worksheet to {0}…</source>
        <translation>Escribiendo la hoja de trabajo en blanco en {0}…</translation>
    </message>
</context>
</TS>
