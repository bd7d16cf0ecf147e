<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AnswersReviewDialog</name>
    <message>
        <source>Review of your answers</source>
        <translation>Repaso de tus respuestas</translation>
    </message>
    <message>
        <source>Each workplace scenario with the answers you picked, the best and the worst answer, and why. Reading this does not change your result.</source>
        <translation>Cada situación de trabajo con las respuestas que elegiste, la mejor y la peor respuesta, y por qué. Leer esto no cambia tu resultado.</translation>
    </message>
    <message>
        <source>Each question with the answer you picked, the best answer, and why. Reading this does not change your result.</source>
        <translation>Cada pregunta con la respuesta que elegiste, la mejor respuesta y por qué. Leer esto no cambia tu resultado.</translation>
    </message>
    <message>
        <source>The scenarios and their answers</source>
        <translation>Las situaciones y sus respuestas</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Cerrar el repaso</translation>
    </message>
    <message>
        <source>Scenario {n} of {total}</source>
        <translation>Situación {n} de {total}</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <source>You did not answer this one. Here is what you can learn from it.</source>
        <translation>No respondiste esta. Aquí tienes lo que puedes aprender de ella.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why: {rationale}</source>
        <translation>Por qué: {rationale}</translation>
    </message>
    <message>
        <source>{marks}: {text}</source>
        <translation>{marks}: {text}</translation>
    </message>
    <message>
        <source>You ticked this</source>
        <translation>La marcaste</translation>
    </message>
    <message>
        <source>Worth ticking</source>
        <translation>Vale la pena marcarla</translation>
    </message>
    <message>
        <source>Your pick for best</source>
        <translation>Tu elección como mejor</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Your pick for worst</source>
        <translation>Tu elección como peor</translation>
    </message>
    <message>
        <source>Best answer</source>
        <translation>Mejor respuesta</translation>
    </message>
    <message>
        <source>Worst answer</source>
        <translation>Peor respuesta</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>How ready are you to become a Customer Service Director?</source>
        <translation>¿Cuánto te falta para ser director o directora de servicio al cliente?</translation>
    </message>
    <message>
        <source>{section}: {n} questions, about {minutes} minutes. You get your readiness, your strongest and weakest areas and the next step to take. Answers are cleared when you finish or walk away.</source>
        <translation>{section}: {n} preguntas, unos {minutes} minutos. Verás tu nivel de preparación, tus puntos fuertes y débiles y el siguiente paso que puedes dar. Tus respuestas se borran cuando terminas o te vas.</translation>
    </message>
    <message>
        <source>If your facilitator gave you a participant code, or you want one to compare with a later visit, type it below. Never use your name.</source>
        <translation>Si quien coordina te dio un código de participante, o quieres uno para comparar con una visita posterior, escríbelo abajo. Nunca uses tu nombre.</translation>
    </message>
    <message>
        <source>A first name or nickname (optional)</source>
        <translation>Tu nombre o un apodo (opcional)</translation>
    </message>
    <message>
        <source>Your first name or a nickname, optional</source>
        <translation>Tu nombre o un apodo, si quieres</translation>
    </message>
    <message>
        <source>Participant code (optional)</source>
        <translation>Código de participante (opcional)</translation>
    </message>
    <message>
        <source>Participant code, optional</source>
        <translation>Código de participante, opcional</translation>
    </message>
    <message>
        <source>A code from your facilitator, or one you make up. Never your name.</source>
        <translation>Un código que te dé quien coordina, o uno que inventes. Nunca tu nombre.</translation>
    </message>
    <message>
        <source>Tap here to start</source>
        <translation>Toca aquí para empezar</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Empezar la evaluación</translation>
    </message>
    <message>
        <source>cs-quiz · {bank}</source>
        <translation>cs-quiz · {bank}</translation>
    </message>
</context>
<context>
    <name>BandChart</name>
    <message>
        <source>Readiness bands</source>
        <translation>Niveles de preparación</translation>
    </message>
    <message>
        <source>No finished attempts</source>
        <translation>Ningún intento terminado</translation>
    </message>
    <message>
        <source>Result held back</source>
        <translation>Sin resultado</translation>
    </message>
</context>
<context>
    <name>ChartPaint</name>
    <message>
        <source>not enough answers</source>
        <translation>faltan respuestas</translation>
    </message>
</context>
<context>
    <name>ClassResultsWindow</name>
    <message>
        <source>Class results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <source>Drop results files, folders or ZIP archives here — from kiosks&apos; results folders or other computers — or choose them with the buttons. No name is ever shown: people are known by a participant code.</source>
        <translation>Suelta aquí archivos de resultados, carpetas o archivos ZIP —de las carpetas de resultados de los quioscos o de otras computadoras— o elígelos con los botones. Nunca se muestra un nombre: a cada persona se la conoce por un código de participante.</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Importar una carpe&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Banco:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;Antes:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>D&amp;espués:</translation>
    </message>
    <message>
        <source>Two &amp;different groups (not the same people twice)</source>
        <translation>Dos grupos distintos (no las mis&amp;mas personas dos veces)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Preg&amp;untas</translation>
    </message>
    <message>
        <source>Before and af&amp;ter</source>
        <translation>Antes y &amp;después</translation>
    </message>
    <message>
        <source>&amp;Save group report as PDF…</source>
        <translation>Guardar el in&amp;forme del grupo en PDF…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>Secció&amp;n:</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save figures as CS&amp;V…</source>
        <translation>Guardar las cifras en CS&amp;V…</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>class {label}</source>
        <translation>clase {label}</translation>
    </message>
    <message>
        <source>all stored results</source>
        <translation>todos los resultados guardados</translation>
    </message>
    <message>
        <source>No results of a question bank this computer has are stored yet: import some above.</source>
        <translation>Aún no hay guardados resultados de un banco de preguntas que tenga esta computadora: importa algunos arriba.</translation>
    </message>
    <message>
        <source>Choose two classes: the one of the first attempts and the one of the later attempts. Put a class label on results in the Results tab.</source>
        <translation>Elige dos clases: la de los primeros intentos y la de los intentos posteriores. Pon una etiqueta de clase a los resultados en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>Results files (*.json *.zip);;All files (*)</source>
        <translation>Archivos de resultados (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of results</source>
        <translation>Importar una carpeta de resultados</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se ha importado nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing more was imported: {reason}</source>
        <translation>No se ha importado nada más: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: more than {n} files. Choose the results folder itself.</source>
        <translation>No se ha importado nada: hay más de {n} archivos. Elige la propia carpeta de resultados.</translation>
    </message>
    <message>
        <source>Imported: {added} new, {skipped} already here, {rejected} file(s) refused.</source>
        <translation>Importados: {added} nuevos, {skipped} que ya estaban, {rejected} archivo(s) rechazado(s).</translation>
    </message>
    <message>
        <source>{n} other file(s) in the folders were not results files and were left alone.</source>
        <translation>{n} archivo(s) más de las carpetas no eran archivos de resultados y no se tocaron.</translation>
    </message>
    <message>
        <source>Refused: {file} — {reason}</source>
        <translation>Rechazado: {file} — {reason}</translation>
    </message>
    <message>
        <source>… and {n} more refused.</source>
        <translation>… y {n} rechazados más.</translation>
    </message>
    <message>
        <source>{n} result(s) were here already with other answers: the copy here was kept.</source>
        <translation>{n} resultado(s) ya estaban aquí con otras respuestas: se ha conservado la copia de aquí.</translation>
    </message>
    <message>
        <source>A class label has at most {n} characters.</source>
        <translation>Una etiqueta de clase tiene como mucho {n} caracteres.</translation>
    </message>
    <message>
        <source>{n} result(s) put in the class “{label}”.</source>
        <translation>{n} resultado(s) puestos en la clase «{label}».</translation>
    </message>
    <message>
        <source>{n} result(s) taken out of their class.</source>
        <translation>{n} resultado(s) sacados de su clase.</translation>
    </message>
    <message>
        <source>Save group report as PDF</source>
        <translation>Guardar el informe del grupo en PDF</translation>
    </message>
    <message>
        <source>The report was not saved: {reason}</source>
        <translation>El informe no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Group report saved: {path}</source>
        <translation>Informe del grupo guardado: {path}</translation>
    </message>
    <message>
        <source>Save figures as CSV</source>
        <translation>Guardar las cifras en CSV</translation>
    </message>
    <message>
        <source>The figures were not saved: {reason}</source>
        <translation>Las cifras no se han guardado: {reason}</translation>
    </message>
    <message>
        <source>Figures saved: {path}</source>
        <translation>Cifras guardadas: {path}</translation>
    </message>
</context>
<context>
    <name>ClearDialog</name>
    <message>
        <source>Clear all results</source>
        <translation>Borrar todos los resultados</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>This removes all {n} attempts from this machine, for good. Export them first if you need them. Type {word} to confirm.</source>
        <translation>Esto borra los {n} intentos de este equipo para siempre. Si los necesitas, expórtalos antes. Escribe {word} para confirmar.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escribe {word} para confirmar</translation>
    </message>
    <message>
        <source>Delete all results</source>
        <translation>Borrar todos los resultados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the results</source>
        <translation>Conservar los resultados</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Chart of your competency scores</source>
        <translation>Gráfico de tus puntuaciones por competencia</translation>
    </message>
    <message>
        <source>{name}: {score}</source>
        <translation>{name}: {score}</translation>
    </message>
</context>
<context>
    <name>CompetencyStatsChart</name>
    <message>
        <source>Mean and spread per competency</source>
        <translation>Media y dispersión por competencia</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Aún no hay puntuaciones</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>aún no hay puntuaciones</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{sum} of {high}</source>
        <translation>{sum} de {high}</translation>
    </message>
    <message>
        <source>{sum} on a scale of {low} to {high}</source>
        <translation>{sum} en una escala de {low} a {high}</translation>
    </message>
    <message>
        <source>your readiness band is {band}</source>
        <translation>tu nivel de preparación es {band}</translation>
    </message>
    <message>
        <source>your career stage is {stage}</source>
        <translation>tu etapa profesional es {stage}</translation>
    </message>
    <message>
        <source>your {name} score is {value}, below {limit}</source>
        <translation>tu puntuación en {name} es {value}, por debajo de {limit}</translation>
    </message>
    <message>
        <source>your {name} score is {value}, at least {limit}</source>
        <translation>tu puntuación en {name} es {value}, igual o superior a {limit}</translation>
    </message>
    <message>
        <source>{name} ({value}) is one of the areas you most need to work on</source>
        <translation>{name} ({value}) es una de las áreas que más necesitas trabajar</translation>
    </message>
    <message>
        <source>{name} ({value}) is not one of the areas you most need to work on</source>
        <translation>{name} ({value}) no es una de las áreas que más necesitas trabajar</translation>
    </message>
    <message>
        <source>your {name} score is {value}, between {low} and {high}</source>
        <translation>tu puntuación en {name} es {value}, entre {low} y {high}</translation>
    </message>
    <message>
        <source>your overall readiness score is {value}, below {limit}</source>
        <translation>tu puntuación global de preparación es {value}, por debajo de {limit}</translation>
    </message>
    <message>
        <source>your overall readiness score is {value}, at least {limit}</source>
        <translation>tu puntuación global de preparación es {value}, igual o superior a {limit}</translation>
    </message>
    <message>
        <source>your overall readiness score is {value}, between {low} and {high}</source>
        <translation>tu puntuación global de preparación es {value}, entre {low} y {high}</translation>
    </message>
    <message>
        <source>you answered “{question}”</source>
        <translation>respondiste “{question}”</translation>
    </message>
    <message>
        <source>you have not answered “{question}”</source>
        <translation>no has respondido “{question}”</translation>
    </message>
    <message>
        <source>your answers to “{question}” include {option}</source>
        <translation>tus respuestas a “{question}” incluyen {option}</translation>
    </message>
    <message>
        <source>your answers to “{question}” do not include {option}</source>
        <translation>tus respuestas a “{question}” no incluyen {option}</translation>
    </message>
    <message>
        <source>your answer to “{question}” is {option}</source>
        <translation>tu respuesta a “{question}” es {option}</translation>
    </message>
    <message>
        <source>your answer to “{question}” is {amount}, below {limit}</source>
        <translation>tu respuesta a “{question}” es {amount}, por debajo de {limit}</translation>
    </message>
    <message>
        <source>your answer to “{question}” is {amount}, at least {limit}</source>
        <translation>tu respuesta a “{question}” es {amount}, igual o superior a {limit}</translation>
    </message>
    <message>
        <source>your answer to “{question}” is {amount}, between {low} and {high}</source>
        <translation>tu respuesta a “{question}” es {amount}, entre {low} y {high}</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>because your {name} score is {value}</source>
        <translation>porque tu puntuación en {name} es {value}</translation>
    </message>
    <message>
        <source>{name} ({score})</source>
        <translation>{name} ({score})</translation>
    </message>
    <message>
        <source>your strongest area for this role is {area}</source>
        <translation>tu punto más fuerte para este puesto es {area}</translation>
    </message>
    <message>
        <source>your strongest areas for this role are {first} and {second}</source>
        <translation>tus puntos más fuertes para este puesto son {first} y {second}</translation>
    </message>
    <message>
        <source>{count} answers took {seconds} seconds in all, {per} seconds each on average, under the {minimum} seconds it takes to read a question. The answers may not have been read; interpret the scores with care.</source>
        <translation>{count} respuestas llevaron {seconds} segundos en total, {per} segundos de media cada una, menos de los {minimum} segundos que hacen falta para leer una pregunta. Puede que no se leyeran las preguntas; interpreta las puntuaciones con cuidado.</translation>
    </message>
    <message>
        <source>{run} rating statements in a row got the same answer (“{label}”), {share}% of them: statements that say opposite things cannot all be answered alike.</source>
        <translation>{run} frases seguidas recibieron la misma respuesta («{label}»), el {share}% de ellas: frases que dicen cosas opuestas no pueden responderse todas igual.</translation>
    </message>
    <message>
        <source>The answers see-saw between the two ends of the scale ({share}% of them): a pattern, not a self-description.</source>
        <translation>Las respuestas saltan de un extremo a otro de la escala (el {share}% de ellas): es un patrón, no una descripción de ti.</translation>
    </message>
    <message>
        <source>Agreed with {share}% of statements and with {share_reversed}% of their opposites: nobody can be both, so the answers say more about agreeing than about the person.</source>
        <translation>Estuviste de acuerdo con el {share}% de las frases y con el {share_reversed}% de sus contrarias: nadie puede ser ambas cosas, así que las respuestas dicen más sobre estar de acuerdo que sobre la persona.</translation>
    </message>
    <message>
        <source>Statements about the same skill got unrelated answers (agreement {value}, where honest answers give well above {minimum}): the answers look random.</source>
        <translation>Las frases sobre una misma habilidad recibieron respuestas sin relación (acuerdo {value}, cuando unas respuestas sinceras dan bastante más de {minimum}): parecen respuestas al azar.</translation>
    </message>
    <message>
        <source>The answers about you do not fit together: {reason}</source>
        <translation>Las respuestas sobre ti no encajan: {reason}</translation>
    </message>
    <message>
        <source>Every statement got the same answer, even statements that say opposite things.</source>
        <translation>Todas las frases recibieron la misma respuesta, incluso las que dicen cosas opuestas.</translation>
    </message>
    <message>
        <source>Many statements in a row got the same answer.</source>
        <translation>Muchas frases seguidas recibieron la misma respuesta.</translation>
    </message>
    <message>
        <source>The answers jumped back and forth between the two ends of the scale.</source>
        <translation>Las respuestas saltaron de un extremo de la escala al otro una y otra vez.</translation>
    </message>
    <message>
        <source>You agreed with statements and also with their opposites.</source>
        <translation>Estuviste de acuerdo con algunas frases y también con sus contrarias.</translation>
    </message>
    <message>
        <source>Statements about the same thing got very different answers.</source>
        <translation>Frases sobre lo mismo recibieron respuestas muy distintas.</translation>
    </message>
    <message>
        <source>The answers came faster than the statements can be read.</source>
        <translation>Las respuestas llegaron más rápido de lo que se tarda en leer las frases.</translation>
    </message>
    <message>
        <source>Two statements that say the same thing got opposite answers.</source>
        <translation>Dos frases que dicen lo mismo recibieron respuestas opuestas.</translation>
    </message>
    <message>
        <source>All {count} rating statements got the same answer (“{label}”), so they cannot be interpreted. Ask whether the statements were read before discussing the scores.</source>
        <translation>Las {count} frases para valorar tienen la misma respuesta (“{label}”), así que no se pueden interpretar. Pregunta si se leyeron las frases antes de comentar las puntuaciones.</translation>
    </message>
    <message>
        <source>All {count} rating statements got the same answer (“{label}”), including {reversed} worded in reverse, so they cannot be interpreted. Ask whether the statements were read before discussing the scores.</source>
        <translation>Las {count} frases para valorar tienen la misma respuesta (“{label}”), incluidas {reversed} escritas al revés, así que no se pueden interpretar. Pregunta si se leyeron las frases antes de comentar las puntuaciones.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ask about the same thing, but the answers “{answer1}” and “{answer2}” are {gap} scale points apart (more than {max_gap}). Ask what the person had in mind before reading the {topic} score.</source>
        <translation>“{first}” y “{second}” preguntan lo mismo, pero las respuestas “{answer1}” y “{answer2}” están a {gap} puntos de distancia en la escala (más de {max_gap}). Pregunta qué quería decir la persona antes de leer la puntuación de {topic}.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ask about the same thing (one is worded in reverse), but the answers “{answer1}” and “{answer2}” are {gap} scale points apart once the wording is allowed for (more than {max_gap}). Ask what the person had in mind before reading the {topic} score.</source>
        <translation>“{first}” y “{second}” preguntan lo mismo (una está escrita al revés), pero las respuestas “{answer1}” y “{answer2}” están a {gap} puntos de distancia en la escala, teniendo eso en cuenta (más de {max_gap}). Pregunta qué quería decir la persona antes de leer la puntuación de {topic}.</translation>
    </message>
    <message>
        <source>The results database {path} cannot be opened: {why}</source>
        <translation>No se puede abrir la base de datos de resultados {path}: {why}</translation>
    </message>
    <message>
        <source>The results database {path} was written by a newer version of cs-quiz (schema {found}; this version knows up to {known}). Update cs-quiz, or use --data-dir to choose another folder.</source>
        <translation>La base de datos de resultados {path} la escribió una versión más nueva de cs-quiz (esquema {found}; esta versión conoce hasta el {known}). Actualiza cs-quiz o usa --data-dir para elegir otra carpeta.</translation>
    </message>
    <message>
        <source>Results cannot be saved to {path}: the disk is full. Your answers are kept in memory until cs-quiz closes: finish, then save the report or export the results somewhere else.</source>
        <translation>No se pueden guardar los resultados en {path}: el disco está lleno. Tus respuestas se guardan en la memoria hasta que cierres cs-quiz: termina y luego guarda el informe o exporta los resultados en otro lugar.</translation>
    </message>
    <message>
        <source>Results cannot be saved to {path}: the folder or file is read-only. Your answers are kept in memory until cs-quiz closes: finish, then save the report or export the results somewhere else.</source>
        <translation>No se pueden guardar los resultados en {path}: la carpeta o el archivo es de solo lectura. Tus respuestas se guardan en la memoria hasta que cierres cs-quiz: termina y luego guarda el informe o exporta los resultados en otro lugar.</translation>
    </message>
    <message>
        <source>Results cannot be saved to {path}: the system reported: {why}. Your answers are kept in memory until cs-quiz closes: finish, then save the report or export the results somewhere else.</source>
        <translation>No se pueden guardar los resultados en {path}: el sistema informó: {why}. Tus respuestas se guardan en la memoria hasta que cierres cs-quiz: termina y luego guarda el informe o exporta los resultados en otro lugar.</translation>
    </message>
    <message>
        <source>The results database is busy: another cs-quiz window is writing to it. Try again.</source>
        <translation>La base de datos de resultados está ocupada: otra ventana de cs-quiz está escribiendo en ella. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not save to the results database: {why}</source>
        <translation>No se pudo guardar en la base de datos de resultados: {why}</translation>
    </message>
    <message>
        <source>There is no attempt {attempt} in the results database.</source>
        <translation>No hay ningún intento {attempt} en la base de datos de resultados.</translation>
    </message>
    <message>
        <source>Attempt {attempt} is finished and can no longer change.</source>
        <translation>El intento {attempt} ya está terminado y no puede cambiar.</translation>
    </message>
    <message>
        <source>Attempt {attempt} is abandoned and can no longer change.</source>
        <translation>El intento {attempt} se abandonó y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; (“{text}”) goes against the other {competency} questions: people who score high on them tend to score low on this one (correlation {r}). Check the wording, which may be read the other way round, and whether the question should be reverse-keyed.</source>
        <translation>La pregunta &apos;{question}&apos; («{text}») va en contra de las demás preguntas de {competency}: quienes puntúan alto en ellas suelen puntuar bajo en esta (correlación {r}). Revisa la redacción, que puede entenderse al revés, y si la pregunta debería puntuarse a la inversa.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; (“{text}”) goes against the other {competency} questions: people who score high on them tend to score low on this one (correlation {r}). It is reverse-keyed: check whether it should be, and whether the wording is read the way it is meant.</source>
        <translation>La pregunta &apos;{question}&apos; («{text}») va en contra de las demás preguntas de {competency}: quienes puntúan alto en ellas suelen puntuar bajo en esta (correlación {r}). Se puntúa a la inversa: comprueba si debe ser así y si la redacción se entiende como se pretende.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; (“{text}”) hardly tells apart people who do well and less well on the other {competency} questions (correlation {r}, below {minimum}). Check whether the wording is clear, whether nearly everyone gives the same answer, and whether it belongs to {competency} at all.</source>
        <translation>La pregunta &apos;{question}&apos; («{text}») apenas distingue entre quienes responden mejor y peor a las demás preguntas de {competency} (correlación {r}, por debajo de {minimum}). Comprueba si la redacción es clara, si casi todo el mundo da la misma respuesta y si de verdad pertenece a {competency}.</translation>
    </message>
    <message>
        <source>Without question &apos;{question}&apos; (“{text}”) the {competency} questions would agree better with each other (Cronbach&apos;s alpha {without} instead of {alpha}). Check the wording, or whether it measures something other than {competency}.</source>
        <translation>Sin la pregunta &apos;{question}&apos; («{text}») las preguntas de {competency} concordarían mejor entre sí (alfa de Cronbach {without} en lugar de {alpha}). Revisa la redacción, o si mide algo distinto de {competency}.</translation>
    </message>
</context>
<context>
    <name>CornerHotspot</name>
    <message>
        <source>Facilitator corner: hold for 3 seconds</source>
        <translation>Esquina para quien coordina: mantén pulsado 3 segundos</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Facilitator panel</source>
        <translation>Panel de coordinación</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Close the panel</source>
        <translation>Cerrar el panel</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Panel sections</source>
        <translation>Secciones del panel</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Export and clear</source>
        <translation>Exportar y borrar</translation>
    </message>
    <message>
        <source>Kiosk options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Show all dates</source>
        <translation>Mostrar todas las fechas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Show today only</source>
        <translation>Mostrar solo hoy</translation>
    </message>
    <message>
        <source>Readiness bands</source>
        <translation>Niveles de preparación</translation>
    </message>
    <message>
        <source>Most common gaps</source>
        <translation>Puntos débiles más comunes</translation>
    </message>
    <message>
        <source>Mean and spread per competency (0–100, mean ± SD)</source>
        <translation>Media y dispersión por competencia (0–100, media ± DE)</translation>
    </message>
    <message>
        <source>Participants today: {n}</source>
        <translation>Participantes hoy: {n}</translation>
    </message>
    <message>
        <source>In total: {n}</source>
        <translation>En total: {n}</translation>
    </message>
    <message>
        <source>In this range: {n} participants — {finished} finished, {abandoned} abandoned, {open} in progress.</source>
        <translation>En estas fechas: {n} participantes — {finished} terminaron, {abandoned} lo dejaron, {open} en curso.</translation>
    </message>
    <message>
        <source>Completion rate: {rate}</source>
        <translation>Tasa de finalización: {rate}</translation>
    </message>
    <message>
        <source>{band}: {n}</source>
        <translation>{band}: {n}</translation>
    </message>
    <message>
        <source>Result held back</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>No finished attempts in this range.</source>
        <translation>No hay intentos terminados en estas fechas.</translation>
    </message>
    <message>
        <source>{name}: mean {mean}, SD {sd} (n={n})</source>
        <translation>{name}: media {mean}, DE {sd} (n={n})</translation>
    </message>
    <message>
        <source>{i}. {name} — a gap for {n} of {finished}</source>
        <translation>{i}. {name} — punto débil para {n} de {finished}</translation>
    </message>
    <message>
        <source>No gaps recorded in this range.</source>
        <translation>No hay puntos débiles registrados en estas fechas.</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>Exportar CSV y JSON…</translation>
    </message>
    <message>
        <source>Export the results of the chosen dates</source>
        <translation>Exportar los resultados de las fechas elegidas</translation>
    </message>
    <message>
        <source>Clear all results…</source>
        <translation>Borrar todos los resultados…</translation>
    </message>
    <message>
        <source>Clear all results</source>
        <translation>Borrar todos los resultados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writes the attempts of the dates chosen on the Overview as a spreadsheet (CSV) and as a complete file (JSON) that cs-quiz can import elsewhere. Choose a folder, for example on a USB stick.</source>
        <translation>Guarda los intentos de las fechas elegidas en el Resumen como hoja de cálculo (CSV) y como archivo completo (JSON) que cs-quiz puede importar en otro equipo. Elige una carpeta, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Elige una carpeta para la exportación</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Al exportar los resultados</translation>
    </message>
    <message>
        <source>Attempts exported: {n}, to {folder}: {csv} and {json}.</source>
        <translation>Intentos exportados: {n}, en {folder}: {csv} y {json}.</translation>
    </message>
    <message>
        <source>Clearing the results</source>
        <translation>Al borrar los resultados</translation>
    </message>
    <message>
        <source>Attempts deleted: {n}.</source>
        <translation>Intentos borrados: {n}.</translation>
    </message>
    <message>
        <source>Save options</source>
        <translation>Guardar opciones</translation>
    </message>
    <message>
        <source>Save the kiosk options</source>
        <translation>Guardar las opciones del quiosco</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Saving the kiosk options</source>
        <translation>Al guardar las opciones del quiosco</translation>
    </message>
    <message>
        <source>Saved. The next participant gets these options.</source>
        <translation>Guardado. La próxima persona tendrá estas opciones.</translation>
    </message>
    <message>
        <source>Exit kiosk mode? cs-quiz closes and this computer shows its desktop to whoever is here.</source>
        <translation>¿Salir del modo quiosco? cs-quiz se cierra y esta computadora muestra su escritorio a quien esté delante.</translation>
    </message>
    <message>
        <source>Stay in the kiosk</source>
        <translation>Seguir en el quiosco</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>choose that answer (in a list of several: tick or untick it)</source>
        <translation>elige esa respuesta (en una lista de varias: márcala o desmárcala)</translation>
    </message>
    <message>
        <source>Enter, →</source>
        <translation>Intro, →</translation>
    </message>
    <message>
        <source>next question; after the last, the review</source>
        <translation>siguiente pregunta; después de la última, la revisión</translation>
    </message>
    <message>
        <source>←, Backspace</source>
        <translation>←, Retroceso</translation>
    </message>
    <message>
        <source>previous question</source>
        <translation>pregunta anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>move between the answers and the buttons; Space presses or ticks</source>
        <translation>pasa por las respuestas y los botones; Espacio pulsa o marca</translation>
    </message>
    <message>
        <source>back to the start page (an unfinished attempt waits there to be resumed)</source>
        <translation>vuelve a la página de inicio (un intento sin terminar te espera allí para reanudarlo)</translation>
    </message>
    <message>
        <source>save the report as a PDF, print it (on the results)</source>
        <translation>guarda el informe como PDF, imprímelo (en los resultados)</translation>
    </message>
    <message>
        <source>larger text, smaller text, the usual size</source>
        <translation>texto más grande, más pequeño, el tamaño de siempre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Mayús+R</translation>
    </message>
    <message>
        <source>class results: gather a class&apos;s or workshop&apos;s results (teacher password)</source>
        <translation>resultados de la clase: reunir los resultados de una clase o un taller (contraseña del profesorado)</translation>
    </message>
    <message>
        <source>open a question bank in the live preview, to see it while you write it</source>
        <translation>abrir un banco de preguntas en la vista previa en vivo, para verlo mientras lo escribes</translation>
    </message>
    <message>
        <source>full screen, and back</source>
        <translation>pantalla completa, y volver</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>esta lista</translation>
    </message>
    <message>
        <source>quit (answers are saved as you go)</source>
        <translation>salir (las respuestas se guardan a medida que respondes)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Your results are kept in {path}.</source>
        <translation>Tus resultados se guardan en {path}.</translation>
    </message>
    <message>
        <source>Your results are kept in memory only this time, and go when cs-quiz closes.</source>
        <translation>Esta vez tus resultados solo están en la memoria, y se pierden al cerrar cs-quiz.</translation>
    </message>
    <message>
        <source>How ready are you to become a Customer Service Director, and what to do next.</source>
        <translation>Cuánto te falta para dirigir el servicio al cliente, y qué hacer después.</translation>
    </message>
    <message>
        <source>It works offline: nothing you answer leaves this computer.</source>
        <translation>Funciona sin conexión: nada de lo que respondes sale de esta computadora.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>About cs-quiz</source>
        <translation>Acerca de cs-quiz</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>No finished attempts yet. Your results appear here.</source>
        <translation>Aún no has terminado ningún intento. Tus resultados aparecerán aquí.</translation>
    </message>
    <message>
        <source>Past attempts, newest first</source>
        <translation>Intentos anteriores, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Competency scores and change since the previous attempt</source>
        <translation>Puntuaciones por competencia y cambio desde el intento anterior</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>← Back to the start</source>
        <translation>← Volver al inicio</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Open this result</source>
        <translation>Abrir este resultado</translation>
    </message>
    <message>
        <source>Open the selected result, to read it again, save it as PDF or print it</source>
        <translation>Abrir el resultado elegido para leerlo de nuevo, guardarlo como PDF o imprimirlo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected result as a file that cs-quiz on another computer can import</source>
        <translation>Guardar el resultado elegido como un archivo que cs-quiz puede importar en otra computadora</translation>
    </message>
    <message>
        <source>Delete this attempt…</source>
        <translation>Borrar este intento…</translation>
    </message>
    <message>
        <source>Delete the selected attempt</source>
        <translation>Borrar el intento elegido</translation>
    </message>
    <message>
        <source>{when} · {score} · {band}</source>
        <translation>{when} · {score} · {band}</translation>
    </message>
    <message>
        <source>Attempt finished {when}</source>
        <translation>Intento terminado el {when}</translation>
    </message>
    <message>
        <source>, compared with the one finished {when}</source>
        <translation>, comparado con el terminado el {when}</translation>
    </message>
    <message>
        <source>Delete this attempt?</source>
        <translation>¿Borrar este intento?</translation>
    </message>
    <message>
        <source>Delete the attempt finished {when}, with its answers and result? This cannot be undone.</source>
        <translation>¿Borrar el intento terminado el {when}, con sus respuestas y su resultado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source> (no earlier attempt to compare with)</source>
        <translation> (no hay un intento anterior para comparar)</translation>
    </message>
</context>
<context>
    <name>KioskOptions</name>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Ask “Still there?” after this long without input</source>
        <translation>Preguntar “¿Sigues ahí?” tras este tiempo sin actividad</translation>
    </message>
    <message>
        <source>Then count down before starting over</source>
        <translation>Después, cuenta atrás antes de volver a empezar</translation>
    </message>
    <message>
        <source>Leave the results on screen for</source>
        <translation>Dejar los resultados en pantalla durante</translation>
    </message>
    <message>
        <source>Show a QR code to take the result away</source>
        <translation>Mostrar un código QR para llevarse el resultado</translation>
    </message>
    <message>
        <source>Offer to print the result</source>
        <translation>Ofrecer imprimir el resultado</translation>
    </message>
    <message>
        <source>Keep abandoned attempts (counted in the completion rate)</source>
        <translation>Conservar los intentos abandonados (cuentan en la tasa de finalización)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Cohort label for new attempts (a class or workshop, optional)</source>
        <translation>Etiqueta de grupo para los nuevos intentos (una clase o un taller, opcional)</translation>
    </message>
    <message>
        <source>Also write each finished result to this folder (optional)</source>
        <translation>Guardar también cada resultado terminado en esta carpeta (opcional)</translation>
    </message>
    <message>
        <source>Tell each person where their readiness stands in the group (20 or more)</source>
        <translation>Decir a cada persona en qué lugar queda su preparación dentro del grupo (20 o más)</translation>
    </message>
    <message>
        <source>Ask for a participant code (optional, to pair before and after)</source>
        <translation>Pedir un código de participante (opcional, para emparejar antes y después)</translation>
    </message>
    <message>
        <source>Ask the questions people answer in their own words (kept with results)</source>
        <translation>Hacer las preguntas que se responden con palabras propias (se guardan con los resultados)</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Tap “Done — back to the start”, then start again.</source>
        <translation>Toca «Listo — volver al inicio» y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Take your result with you</source>
        <translation>Llévate tu resultado</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the code: it shows a short summary. Nothing is sent anywhere.</source>
        <translation>Apunta con la cámara del móvil al código: verás un resumen corto. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Print a summary</source>
        <translation>Imprimir un resumen</translation>
    </message>
    <message>
        <source>Print a summary of your result</source>
        <translation>Imprimir un resumen de tu resultado</translation>
    </message>
    <message>
        <source>Done — back to the start</source>
        <translation>Listo — volver al inicio</translation>
    </message>
    <message>
        <source>Done: clear my result and go back to the start</source>
        <translation>Listo: borrar mi resultado y volver al inicio</translation>
    </message>
    <message>
        <source>This screen clears itself after {n} s without a touch.</source>
        <translation>Esta pantalla se borra sola tras {n} s sin tocarla.</translation>
    </message>
    <message>
        <source>No printer is connected. Ask the facilitator.</source>
        <translation>No hay ninguna impresora conectada. Pregunta a quien coordina.</translation>
    </message>
    <message>
        <source>Your Customer Service Director readiness</source>
        <translation>Tu preparación para dirigir el servicio al cliente</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing did not start.</source>
        <translation>No se pudo empezar a imprimir.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cs-quiz kiosk cannot start</source>
        <translation>El quiosco cs-quiz no puede arrancar</translation>
    </message>
    <message>
        <source>There is no bank “{bank}” with a section “{section}”.</source>
        <translation>No hay ningún banco “{bank}” con una sección “{section}”.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>the folder does not exist (is the USB stick plugged in?)</source>
        <translation>la carpeta no existe (¿está conectada la memoria USB?)</translation>
    </message>
    <message>
        <source>A result could not be written to the results folder {folder}: {why}</source>
        <translation>No se pudo guardar un resultado en la carpeta de resultados {folder}: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Text size {percent}%</source>
        <translation>Tamaño del texto: {percent} %</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>&amp;Guardar el informe como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimir el informe…</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>Resultados de la &amp;clase…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Más grande</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>&amp;Open bank…</source>
        <translation>&amp;Abrir banco…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About cs-quiz</source>
        <translation>&amp;Acerca de cs-quiz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Your results cannot be opened, so cs-quiz cannot start.</source>
        <translation>No se pueden abrir tus resultados, así que cs-quiz no puede arrancar.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Al arrancar</translation>
    </message>
    <message>
        <source>Customer Service Director readiness</source>
        <translation>Preparación para dirigir el servicio al cliente</translation>
    </message>
    <message>
        <source>cs-quiz could not start. The message says why.</source>
        <translation>cs-quiz no ha podido arrancar. El mensaje explica por qué.</translation>
    </message>
    <message>
        <source>Your results file was damaged, so cs-quiz started a new, empty one. The old file was kept, unchanged, at: {path}</source>
        <translation>Tu archivo de resultados estaba dañado, así que cs-quiz ha empezado uno nuevo y vacío. El archivo antiguo se ha guardado, sin cambios, en: {path}</translation>
    </message>
    <message>
        <source>Open a question bank</source>
        <translation>Abrir un banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>Bancos de preguntas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Al continuar</translation>
    </message>
    <message>
        <source>{why} Ctrl+S saves the report.</source>
        <translation>{why} Ctrl+S guarda el informe.</translation>
    </message>
    <message>
        <source>Opening your history</source>
        <translation>Al abrir tu historial</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation>Abrir la carpeta donde se guardó el archivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>A number from {lo:g} to {hi:g}</source>
        <translation>Un número del {lo:g} al {hi:g}</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>{section} · {count} questions · about {minutes} minutes</source>
        <translation>{section} · {count} preguntas · unos {minutes} minutos</translation>
    </message>
    <message>
        <source>{section} · {count} questions</source>
        <translation>{section} · {count} preguntas</translation>
    </message>
    <message>
        <source>Write your answers on the answer sheet at the end, next to each question&apos;s number. Fill in one circle for each question unless it says to tick all that apply. Answer honestly about what you do today: this is a self-check, not a test.</source>
        <translation>Escribe tus respuestas en la hoja de respuestas del final, junto al número de cada pregunta. Rellena un círculo en cada pregunta, salvo si dice que marques todas las que correspondan. Responde con sinceridad sobre lo que haces hoy: es una autoevaluación, no un examen.</translation>
    </message>
    <message>
        <source>On the answer sheet, fill in the letter of the best response and the letter of the worst.</source>
        <translation>En la hoja de respuestas, rellena la letra de la mejor respuesta y la letra de la peor.</translation>
    </message>
    <message>
        <source>On the answer sheet, fill in the letter of the worst response.</source>
        <translation>En la hoja de respuestas, rellena la letra de la peor respuesta.</translation>
    </message>
    <message>
        <source>On the answer sheet, fill in the letter of the best response.</source>
        <translation>En la hoja de respuestas, rellena la letra de la mejor respuesta.</translation>
    </message>
    <message>
        <source>Write your answer in your own words in its box on the answer sheet.</source>
        <translation>Escribe tu respuesta con tus propias palabras en su recuadro de la hoja de respuestas.</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Marca todas las que correspondan.</translation>
    </message>
    <message>
        <source>Write a number from {low} to {high} in the box on the answer sheet.</source>
        <translation>Escribe un número del {low} al {high} en la casilla de la hoja de respuestas.</translation>
    </message>
    <message>
        <source>Write a number of at least {low} in the box on the answer sheet.</source>
        <translation>Escribe un número de {low} o más en la casilla de la hoja de respuestas.</translation>
    </message>
    <message>
        <source>Write a number up to {high} in the box on the answer sheet.</source>
        <translation>Escribe un número de hasta {high} en la casilla de la hoja de respuestas.</translation>
    </message>
    <message>
        <source>Write a number in the box on the answer sheet.</source>
        <translation>Escribe un número en la casilla de la hoja de respuestas.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Answer sheet</source>
        <translation>Hoja de respuestas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Fill in one circle in each row, completely. Squares: tick all that apply. A scenario has two rows: best for the best response, worst for the worst. Write numbers in the box. To change an answer, cross it out and fill in the new one.</source>
        <translation>Rellena por completo un círculo en cada fila. Cuadrados: marca todos los que correspondan. Una situación tiene dos filas: mejor para la mejor respuesta, peor para la peor. Escribe los números en la casilla. Para cambiar una respuesta, táchala y rellena la nueva.</translation>
    </message>
    <message>
        <source>{bank}: {section} on paper</source>
        <translation>{bank}: {section} en papel</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Class results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Contraseña o PIN:</translation>
    </message>
    <message>
        <source>The class&apos;s results are other people&apos;s answers. Type the teacher password, or the facilitator PIN of this computer&apos;s kiosk.</source>
        <translation>Los resultados de la clase son respuestas de otras personas. Escribe la contraseña del profesorado o el PIN de coordinación del quiosco de esta computadora.</translation>
    </message>
    <message>
        <source>That is not the password. Tries left before a pause: {n}.</source>
        <translation>Esa no es la contraseña. Intentos antes de una pausa: {n}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {n} s.</source>
        <translation>Demasiados intentos fallidos. Vuelve a intentarlo en {n} s.</translation>
    </message>
</context>
<context>
    <name>PastResults</name>
    <message>
        <source>This result cannot be opened again: the questions it was answered with are no longer installed.</source>
        <translation>Este resultado no se puede volver a abrir: las preguntas con las que se respondió ya no están instaladas.</translation>
    </message>
    <message>
        <source>This result cannot be opened again: the questions it was answered with have changed since, and would now give another result. Its figures as they were are shown here in your history.</source>
        <translation>Este resultado no se puede volver a abrir: las preguntas con las que se respondió han cambiado desde entonces y ahora darían otro resultado. Sus cifras, tal como fueron, se muestran aquí en tu historial.</translation>
    </message>
    <message>
        <source>Opening a past result</source>
        <translation>Abrir un resultado anterior</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Exportar el resultado</translation>
    </message>
    <message>
        <source>cs-quiz results (*.json)</source>
        <translation>Resultados de cs-quiz (*.json)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Result exported to {path}</source>
        <translation>Resultado exportado a {path}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Facilitator PIN</source>
        <translation>PIN de coordinación</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter the PIN to open the facilitator panel.</source>
        <translation>Escribe el PIN para abrir el panel de coordinación.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a pause: {n}.</source>
        <translation>PIN incorrecto. Intentos antes de una pausa: {n}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {n} s.</source>
        <translation>Demasiados intentos fallidos. Vuelve a probar dentro de {n} s.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>The file could not be read: {why}</source>
        <translation>No se pudo leer el archivo: {why}</translation>
    </message>
    <message>
        <source>The sections answered</source>
        <translation>Las secciones respondidas</translation>
    </message>
    <message>
        <source>Not in any section</source>
        <translation>En ninguna sección</translation>
    </message>
    <message>
        <source>All answers cleared.</source>
        <translation>Se borraron todas las respuestas.</translation>
    </message>
    <message>
        <source>No results yet: the bank has not loaded.</source>
        <translation>Aún no hay resultados: el banco no se ha cargado.</translation>
    </message>
    <message>
        <source>The results cannot be worked out: {why}</source>
        <translation>No se pueden calcular los resultados: {why}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line}.</source>
        <translation>Se abrió {file} en la línea {line}.</translation>
    </message>
    <message>
        <source>No editor could be opened. The file is {path}</source>
        <translation>No se pudo abrir ningún editor. El archivo es {path}</translation>
    </message>
    <message>
        <source>Preview: {file}</source>
        <translation>Vista previa: {file}</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Abrir el &amp;archivo</translation>
    </message>
    <message>
        <source>Open the bank file in your editor</source>
        <translation>Abrir el archivo del banco en tu editor</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>&amp;Borrar respuestas</translation>
    </message>
    <message>
        <source>Clear every answer given in this preview</source>
        <translation>Borrar todas las respuestas dadas en esta vista previa</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <source>&amp;Bank language:</source>
        <translation>Idioma del ba&amp;nco:</translation>
    </message>
    <message>
        <source>&amp;Score as:</source>
        <translation>&amp;Calificar como:</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Read at {time}: the file has problems.</source>
        <translation>Leído a las {time}: el archivo tiene problemas.</translation>
    </message>
    <message>
        <source>Read at {time}. Questions: {n}. Sections: {sections}.</source>
        <translation>Leído a las {time}. Preguntas: {n}. Secciones: {sections}.</translation>
    </message>
    <message>
        <source>Answers cleared because their question changed or went: {n}.</source>
        <translation>Respuestas borradas porque su pregunta cambió o ya no está: {n}.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>{where}: warning: {message}</source>
        <translation>{where}: aviso: {message}</translation>
    </message>
    <message>
        <source>Problems that stop the bank from loading: {n}</source>
        <translation>Problemas que impiden cargar el banco: {n}</translation>
    </message>
    <message>
        <source>Warnings (the bank works, but have a look): {n}</source>
        <translation>Avisos (el banco funciona, pero échales un vistazo): {n}</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>Enter or a double-click on a problem opens the file at its line.</source>
        <translation>Enter o un doble clic en un problema abre el archivo en su línea.</translation>
    </message>
    <message>
        <source>Problems in the bank file</source>
        <translation>Problemas en el archivo del banco</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code with a summary of your result</source>
        <translation>Código QR con un resumen de tu resultado</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>{section} · {id} · {kind} · line {line}</source>
        <translation>{section} · {id} · {kind} · línea {line}</translation>
    </message>
    <message>
        <source>No question to show: the bank has not loaded yet.</source>
        <translation>No hay pregunta que mostrar: el banco aún no se ha cargado.</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Borrar esta respuesta</translation>
    </message>
    <message>
        <source>Clear the answer to this question</source>
        <translation>Borrar la respuesta a esta pregunta</translation>
    </message>
    <message>
        <source>Edit in the file</source>
        <translation>Editar en el archivo</translation>
    </message>
    <message>
        <source>Open the bank file at this question</source>
        <translation>Abrir el archivo del banco en esta pregunta</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Answered so far</source>
        <translation>Respondidas hasta ahora</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Marcada para revisar</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Revisar las respuestas</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <source>About {n} min left</source>
        <translation>Quedan unos {n} min</translation>
    </message>
    <message>
        <source>{percent}% answered</source>
        <translation>{percent} % respondido</translation>
    </message>
    <message>
        <source>Review →</source>
        <translation>Revisar →</translation>
    </message>
    <message>
        <source>Write in your own words; nothing here is scored. Tab moves on to the buttons.</source>
        <translation>Escribe con tus propias palabras; aquí nada se califica. Tab pasa a los botones.</translation>
    </message>
    <message>
        <source>Keys 1–{n} pick in the column you are in (Tab moves between Best and Worst).</source>
        <translation>Las teclas 1–{n} eligen en la columna en la que estás (Tab cambia entre Mejor y Peor).</translation>
    </message>
    <message>
        <source>Type a number, then press Enter.</source>
        <translation>Escribe un número y pulsa Intro.</translation>
    </message>
    <message>
        <source>Keys 1–{n} choose an answer; Enter or → goes on, ← goes back.</source>
        <translation>Las teclas 1–{n} eligen una respuesta; Intro o → para seguir, ← para volver.</translation>
    </message>
</context>
<context>
    <name>QuestionTree</name>
    <message>
        <source>Not in any section</source>
        <translation>En ninguna sección</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Secciones y preguntas</translation>
    </message>
    <message>
        <source>Arrow keys show a question; Enter goes to its answers.</source>
        <translation>Las flechas muestran una pregunta; Enter va a sus respuestas.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} de {limit} caracteres</translation>
    </message>
    <message>
        <source>That is as much as this question takes: the rest was not added.</source>
        <translation>Es todo lo que admite esta pregunta: el resto no se añadió.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Readiness report</source>
        <translation>Informe de preparación</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, versión {version}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Has hecho</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>{answered} of {total} questions</source>
        <translation>{answered} de {total} preguntas</translation>
    </message>
    <message>
        <source>Not enough answers to score yet.</source>
        <translation>Todavía no hay respuestas suficientes para puntuar.</translation>
    </message>
    <message>
        <source>Answer more questions in each area to see your readiness.</source>
        <translation>Responde más preguntas de cada área para ver tu nivel de preparación.</translation>
    </message>
    <message>
        <source>{name} scored {score}.</source>
        <translation>{name} tiene {score}.</translation>
    </message>
    <message>
        <source>{name} scored {score}, below the {threshold} this band needs.</source>
        <translation>{name} tiene {score}, por debajo del {threshold} que pide este nivel.</translation>
    </message>
    <message>
        <source>Your overall score alone would place you in “{band}”, but some areas count as essential:</source>
        <translation>Solo por tu puntuación global estarías en “{band}”, pero algunas áreas son imprescindibles:</translation>
    </message>
    <message>
        <source>Your readiness</source>
        <translation>Tu preparación</translation>
    </message>
    <message>
        <source>These answers can&apos;t be read as a self-assessment, so there is no result.</source>
        <translation>Estas respuestas no se pueden leer como una autoevaluación, así que no hay resultado.</translation>
    </message>
    <message>
        <source>Take it again when you have a quiet moment: read each statement and answer as you really are.</source>
        <translation>Vuelve a hacerlo cuando tengas un momento tranquilo: lee cada frase y responde como eres de verdad.</translation>
    </message>
    <message>
        <source>Your scores alone would place you in “{band}”.</source>
        <translation>Por tus puntuaciones estarías en «{band}».</translation>
    </message>
    <message>
        <source>Scores from 0 to 100, highest first. Each bar has the pattern of the band its score falls in.</source>
        <translation>Puntuaciones de 0 a 100, de mayor a menor. Cada barra lleva el dibujo del nivel en el que cae su puntuación.</translation>
    </message>
    <message>
        <source>Your competencies</source>
        <translation>Tus competencias</translation>
    </message>
    <message>
        <source>{bank} — group results</source>
        <translation>{bank} — resultados del grupo</translation>
    </message>
    <message>
        <source>Made {when} with cs-quiz {version}.</source>
        <translation>Hecho el {when} con cs-quiz {version}.</translation>
    </message>
    <message>
        <source>Started: {started}. Finished: {finished} (completion {rate}).</source>
        <translation>Empezaron: {started}. Terminaron: {finished} (finalización {rate}).</translation>
    </message>
    <message>
        <source>Fewer than {minimum} finished attempts: only the counts are shown, so that no one can be picked out.</source>
        <translation>Menos de {minimum} intentos terminados: solo se muestran los recuentos, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Flagged for response quality: {flagged}. Result withheld: {withheld}.</source>
        <translation>Con aviso sobre la calidad de las respuestas: {flagged}. Resultado retenido: {withheld}.</translation>
    </message>
    <message>
        <source>Readiness bands</source>
        <translation>Niveles de preparación</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Competencies (0–100)</source>
        <translation>Competencias (0–100)</translation>
    </message>
    <message>
        <source>Each box runs from the first to the third quartile: the middle half of the group. The bold line is the median, the whiskers reach the lowest and the highest score, and the faint lines are where the bands begin.</source>
        <translation>Cada caja va del primer al tercer cuartil: la mitad central del grupo. La línea gruesa es la mediana, los bigotes llegan a la puntuación más baja y a la más alta, y las líneas tenues marcan dónde empieza cada nivel.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Cuartiles</translation>
    </message>
    <message>
        <source>Mean ± SD</source>
        <translation>Media ± DE</translation>
    </message>
    <message>
        <source>No name appears in this report. The figures are the results as each person was told them; a self-assessment describes how people see themselves, not a test for hiring.</source>
        <translation>En este informe no aparece ningún nombre. Las cifras son los resultados tal como se le dieron a cada persona; una autoevaluación describe cómo se ven las personas a sí mismas, no es una prueba para contratar.</translation>
    </message>
    <message>
        <source>Result withheld</source>
        <translation>Resultado retenido</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>How well the questions work</source>
        <translation>Qué tal funcionan las preguntas</translation>
    </message>
    <message>
        <source>Too few finished attempts to judge ({n}; at least {minimum}).</source>
        <translation>Hay muy pocos intentos terminados para juzgar ({n}; hacen falta al menos {minimum}).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completos</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Questions to look at</source>
        <translation>Preguntas que conviene revisar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>{answered} of {available}</source>
        <translation>{answered} de {available}</translation>
    </message>
    <message>
        <source>{n} not yet</source>
        <translation>{n} aún no</translation>
    </message>
    <message>
        <source>{n} blank, counted as the lowest</source>
        <translation>{n} sin responder, contadas como la más baja</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>orientativa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Strongest areas</source>
        <translation>Puntos fuertes</translation>
    </message>
    <message>
        <source>Biggest gaps</source>
        <translation>Puntos a mejorar</translation>
    </message>
    <message>
        <source>Response-quality notes</source>
        <translation>Notas sobre la calidad de las respuestas</translation>
    </message>
    <message>
        <source>These notes do not change any score; they suggest reading this result with some care.</source>
        <translation>Estas notas no cambian ninguna puntuación; solo aconsejan leer este resultado con cuidado.</translation>
    </message>
    <message>
        <source>Career stage and next step</source>
        <translation>Etapa profesional y siguiente paso</translation>
    </message>
    <message>
        <source>Where you are now:</source>
        <translation>Dónde estás ahora:</translation>
    </message>
    <message>
        <source>Next stage:</source>
        <translation>Siguiente etapa:</translation>
    </message>
    <message>
        <source>Your next step:</source>
        <translation>Tu siguiente paso:</translation>
    </message>
    <message>
        <source>Practise now</source>
        <translation>Practica ya</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>Asume</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprende</translation>
    </message>
    <message>
        <source>What to work on</source>
        <translation>Qué trabajar</translation>
    </message>
    <message>
        <source>For the gaps above, from a step you can take now to a course.</source>
        <translation>Para las áreas débiles de arriba, desde un paso que puedes dar ya hasta un curso.</translation>
    </message>
    <message>
        <source>What it asks for:</source>
        <translation>Qué pide:</translation>
    </message>
    <message>
        <source>Your answers meet this.</source>
        <translation>Tus respuestas cumplen esto.</translation>
    </message>
    <message>
        <source>Your answers do not meet this yet.</source>
        <translation>Tus respuestas todavía no cumplen esto.</translation>
    </message>
    <message>
        <source>Check with the issuer whether you qualify.</source>
        <translation>Consulta con quien la otorga si cumples los requisitos.</translation>
    </message>
    <message>
        <source>Because {reasons}.</source>
        <translation>Porque {reasons}.</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>This is for learning and reflection, not a hiring test.</source>
        <translation>Esto es para aprender y reflexionar, no una prueba de selección.</translation>
    </message>
    <message>
        <source>{name} (your score: {score})</source>
        <translation>{name} (tu puntuación: {score})</translation>
    </message>
    <message>
        <source>Each bar shows where your sum falls between the lowest and the highest possible, as 0 to 100.</source>
        <translation>Cada barra muestra dónde cae tu suma entre la más baja y la más alta posibles, de 0 a 100.</translation>
    </message>
    <message>
        <source>Scores from 0 to 100, highest first.</source>
        <translation>Puntuaciones de 0 a 100, de mayor a menor.</translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation>Tus puntuaciones</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Recommended next steps</source>
        <translation>Siguientes pasos recomendados</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Professional associations</source>
        <translation>Asociaciones profesionales</translation>
    </message>
    <message>
        <source>The kind of director role that fits you best</source>
        <translation>El tipo de puesto de dirección que mejor te queda</translation>
    </message>
    <message>
        <source>{count} kinds of director role fit you about equally</source>
        <translation>{count} tipos de puesto de dirección te quedan más o menos igual de bien</translation>
    </message>
    <message>
        <source>fit {fit} of 100</source>
        <translation>encaje {fit} de 100</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>This is a self-assessment for exploring and planning your development, not a hiring test.</source>
        <translation>Es una autoevaluación para explorar y planear cómo crecer, no una prueba de selección.</translation>
    </message>
    <message>
        <source>{bank} — report for {nickname}</source>
        <translation>{bank} — informe para {nickname}</translation>
    </message>
    <message>
        <source>{bank} — report</source>
        <translation>{bank} — informe</translation>
    </message>
    <message>
        <source>cannot start painting the report (is the printer or file available?)</source>
        <translation>no se puede empezar a dibujar el informe (¿está disponible la impresora o el archivo?)</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>no se puede empezar una página nueva</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Each workplace scenario with the answers you picked, the best and the worst answer, and why. Reading this does not change your result.</source>
        <translation>Cada situación de trabajo con las respuestas que elegiste, la mejor y la peor respuesta, y por qué. Leer esto no cambia tu resultado.</translation>
    </message>
    <message>
        <source>Each question with the answer you picked, the best answer, and why. Reading this does not change your result.</source>
        <translation>Cada pregunta con la respuesta que elegiste, la mejor respuesta y por qué. Leer esto no cambia tu resultado.</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Repaso de tus respuestas</translation>
    </message>
    <message>
        <source>Scenario {n} of {total}</source>
        <translation>Situación {n} de {total}</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <source>You did not answer this one. Here is what you can learn from it.</source>
        <translation>No respondiste esta. Aquí tienes lo que puedes aprender de ella.</translation>
    </message>
    <message>
        <source>You ticked this</source>
        <translation>La marcaste</translation>
    </message>
    <message>
        <source>Worth ticking</source>
        <translation>Vale la pena marcarla</translation>
    </message>
    <message>
        <source>Your pick for best</source>
        <translation>Tu elección como mejor</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Your pick for worst</source>
        <translation>Tu elección como peor</translation>
    </message>
    <message>
        <source>Best answer</source>
        <translation>Mejor respuesta</translation>
    </message>
    <message>
        <source>Worst answer</source>
        <translation>Peor respuesta</translation>
    </message>
    <message>
        <source>Each question</source>
        <translation>Cada pregunta</translation>
    </message>
    <message>
        <source>Facility: the average score on the question, out of 100. Not yet: the share who answered “not yet”. r (rest): how well the question agrees with the rest of its competency — below 0.2 it hardly tells people apart. Alpha without: the competency&apos;s alpha if the question were left out.</source>
        <translation>Facilidad: la puntuación media en la pregunta, sobre 100. Aún no: la proporción que respondió «aún no». r (resto): cuánto concuerda la pregunta con el resto de su competencia; por debajo de 0,2 apenas distingue a unas personas de otras. Alfa sin ella: el alfa de la competencia si se quitara la pregunta.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilidad</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>r (rest)</source>
        <translation>r (resto)</translation>
    </message>
    <message>
        <source>Alpha without</source>
        <translation>Alfa sin ella</translation>
    </message>
    <message>
        <source>Scenarios: what people picked</source>
        <translation>Situaciones: qué eligió la gente</translation>
    </message>
    <message>
        <source>The share who picked each response as the best and as the worst; the bank&apos;s key is marked ✓ and ✗.</source>
        <translation>La proporción que eligió cada respuesta como la mejor y como la peor; la clave del banco se marca con ✓ y ✗.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Before and after: {before} → {after}</source>
        <translation>Antes y después: {before} → {after}</translation>
    </message>
    <message>
        <source>People who finished: {a} in {before}, {b} in {after}.</source>
        <translation>Personas que terminaron: {a} en {before}, {b} en {after}.</translation>
    </message>
    <message>
        <source>Fewer than {minimum} in a group: only the counts are shown.</source>
        <translation>Menos de {minimum} en un grupo: solo se muestran los recuentos.</translation>
    </message>
    <message>
        <source>Two different groups: the difference of their averages, with its 95 % confidence interval (Welch) and Hedges&apos; g, the difference in standard deviations (0.2 small, 0.5 medium, 0.8 large).</source>
        <translation>Dos grupos distintos: la diferencia de sus medias, con su intervalo de confianza del 95 % (Welch) y la g de Hedges, la diferencia en desviaciones típicas (0,2 pequeña, 0,5 media, 0,8 grande).</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>People with an attempt in both (the same participant code): {n}.</source>
        <translation>Personas con un intento en ambas (el mismo código de participante): {n}.</translation>
    </message>
    <message>
        <source>Fewer than {minimum} pairs: only the count is shown.</source>
        <translation>Menos de {minimum} parejas: solo se muestra el recuento.</translation>
    </message>
    <message>
        <source>Readiness bands: {up} moved up, {same} stayed, {down} moved down ({excluded} not comparable).</source>
        <translation>Franjas de preparación: {up} subieron, {same} se quedaron igual, {down} bajaron ({excluded} no comparables).</translation>
    </message>
    <message>
        <source>Change: the average of each person&apos;s later score minus their first, with its 95 % confidence interval; an interval that does not include 0 is a change the group shows beyond chance. d_z: the change in standard deviations of the changes (0.2 small, 0.5 medium, 0.8 large).</source>
        <translation>Cambio: la media de la puntuación posterior de cada persona menos la primera, con su intervalo de confianza del 95 %; un intervalo que no incluye el 0 es un cambio que el grupo muestra más allá del azar. d_z: el cambio en desviaciones típicas de los cambios (0,2 pequeño, 0,5 medio, 0,8 grande).</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Your readiness score is higher than that of {percent}% of the {n} others in {group}.</source>
        <translation>Tu puntuación de preparación es mayor que la del {percent} % de las otras {n} personas de {group}.</translation>
    </message>
    <message>
        <source>Your readiness score is higher than that of {percent}% of the {n} others who took it here.</source>
        <translation>Tu puntuación de preparación es mayor que la del {percent} % de las otras {n} personas que la hicieron aquí.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Al guardar el informe</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Stored results</source>
        <translation>Resultados guardados</translation>
    </message>
    <message>
        <source>e.g. Career class 10B, spring</source>
        <translation>p. ej. Orientación 4.º B, primavera</translation>
    </message>
    <message>
        <source>Class label</source>
        <translation>Etiqueta de clase</translation>
    </message>
    <message>
        <source>&amp;Class label:</source>
        <translation>Eti&amp;queta de clase:</translation>
    </message>
    <message>
        <source>Put the chosen in this class</source>
        <translation>Poner los elegidos en esta clase</translation>
    </message>
    <message>
        <source>P&amp;ut the chosen in this class</source>
        <translation>Poner los elegidos en e&amp;sta clase</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>{n} result(s) shown.</source>
        <translation>{n} resultado(s) mostrados.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>left unfinished</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Choose the results to put in the class first (click, Shift+click, Ctrl+A).</source>
        <translation>Elige primero los resultados que quieres poner en la clase (clic, Mayús+clic, Ctrl+A).</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Open your history</source>
        <translation>Abrir tu historial</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>This is a self-assessment for exploring and planning your development, not a hiring test.</source>
        <translation>Es una autoevaluación para explorar y planear cómo crecer, no una prueba de selección.</translation>
    </message>
    <message>
        <source>Your readiness</source>
        <translation>Tu preparación</translation>
    </message>
    <message>
        <source>Choose “Start again” below.</source>
        <translation>Elige «Empezar de nuevo» abajo.</translation>
    </message>
    <message>
        <source>A past result: the attempt finished {when}.</source>
        <translation>Un resultado anterior: el intento terminado el {when}.</translation>
    </message>
    <message>
        <source>Not enough answers to score yet.</source>
        <translation>Todavía no hay respuestas suficientes para puntuar.</translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>These answers can&apos;t be read as a self-assessment, so there is no result.</source>
        <translation>Estas respuestas no se pueden leer como una autoevaluación, así que no hay resultado.</translation>
    </message>
    <message>
        <source>Take it again when you have a quiet moment: read each statement and answer as you really are.</source>
        <translation>Vuelve a hacerlo cuando tengas un momento tranquilo: lee cada frase y responde como eres de verdad.</translation>
    </message>
    <message>
        <source>Your scores alone would place you in “{band}”. {reason}</source>
        <translation>Por tus puntuaciones estarías en «{band}». {reason}</translation>
    </message>
    <message>
        <source>Your overall score reaches “{band}”, but {names} is below the level this band needs.</source>
        <translation>Tu puntuación global llega a “{band}”, pero {names} está por debajo de lo que pide este nivel.</translation>
    </message>
    <message>
        <source>Based on {answered} of {total} questions answered.</source>
        <translation>Según {answered} de {total} preguntas respondidas.</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <source>This is for learning and reflection, not a hiring test.</source>
        <translation>Esto es para aprender y reflexionar, no una prueba de selección.</translation>
    </message>
    <message>
        <source>Your scores are below.</source>
        <translation>Tus puntuaciones están abajo.</translation>
    </message>
    <message>
        <source>Your scores (the sum of your answers)</source>
        <translation>Tus puntuaciones (la suma de tus respuestas)</translation>
    </message>
    <message>
        <source>Each bar shows where your sum falls between the lowest and the highest possible, as 0 to 100.</source>
        <translation>Cada barra muestra dónde cae tu suma entre la más baja y la más alta posibles, de 0 a 100.</translation>
    </message>
    <message>
        <source>By competency (0–100)</source>
        <translation>Por competencia (0–100)</translation>
    </message>
    <message>
        <source>{name} score</source>
        <translation>Puntuación en {name}</translation>
    </message>
    <message>
        <source>not enough answers ({answered} of {available})</source>
        <translation>faltan respuestas ({answered} de {available})</translation>
    </message>
    <message>
        <source>indicative: based on {answered} answer(s) only</source>
        <translation>orientativa: solo {answered} respuesta(s)</translation>
    </message>
    <message>
        <source>{answered} of {available} answered</source>
        <translation>{answered} de {available} respondidas</translation>
    </message>
    <message>
        <source>{n} not yet</source>
        <translation>{n} aún no</translation>
    </message>
    <message>
        <source>{n} left blank, counted as the lowest answer</source>
        <translation>{n} sin responder, contadas como la respuesta más baja</translation>
    </message>
    <message>
        <source>Strengths and gaps</source>
        <translation>Puntos fuertes y a mejorar</translation>
    </message>
    <message>
        <source>Top strengths: {names}</source>
        <translation>Tus mayores puntos fuertes: {names}</translation>
    </message>
    <message>
        <source>Biggest gaps: {names}</source>
        <translation>Lo que más puedes mejorar: {names}</translation>
    </message>
    <message>
        <source>Career stage and next step</source>
        <translation>Etapa profesional y siguiente paso</translation>
    </message>
    <message>
        <source>Where you are now: {stage}</source>
        <translation>Dónde estás ahora: {stage}</translation>
    </message>
    <message>
        <source>Next on the path: {stage}</source>
        <translation>Lo siguiente en el camino: {stage}</translation>
    </message>
    <message>
        <source>What to work on, for the gaps above</source>
        <translation>Qué trabajar, para las áreas débiles de arriba</translation>
    </message>
    <message>
        <source>The kind of director role that fits you best</source>
        <translation>El tipo de puesto de dirección que mejor te queda</translation>
    </message>
    <message>
        <source>{count} kinds of director role fit you about equally</source>
        <translation>{count} tipos de puesto de dirección te quedan más o menos igual de bien</translation>
    </message>
    <message>
        <source>Practise now</source>
        <translation>Practica ya</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>Asume</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprende</translation>
    </message>
    <message>
        <source>What it asks for: {text}</source>
        <translation>Qué pide: {text}</translation>
    </message>
    <message>
        <source>Your answers meet this.</source>
        <translation>Tus respuestas cumplen esto.</translation>
    </message>
    <message>
        <source>Your answers do not meet this yet.</source>
        <translation>Tus respuestas todavía no cumplen esto.</translation>
    </message>
    <message>
        <source>Check with the issuer whether you qualify.</source>
        <translation>Consulta con quien la otorga si cumples los requisitos.</translation>
    </message>
    <message>
        <source>Because {reasons}.</source>
        <translation>Porque {reasons}.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <source>{name} (fit {fit})</source>
        <translation>{name} (encaje {fit})</translation>
    </message>
    <message>
        <source>Notes on your answers</source>
        <translation>Notas sobre tus respuestas</translation>
    </message>
    <message>
        <source> — issued by {issuer}</source>
        <translation> — de {issuer}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results of these answers</source>
        <translation>Resultados de estas respuestas</translation>
    </message>
</context>
<context>
    <name>ReviewOffer</name>
    <message>
        <source>Learn from the scenarios: see the best and the worst answer to each one, why, and what you picked.</source>
        <translation>Aprende de las situaciones: mira la mejor y la peor respuesta en cada una, por qué, y lo que elegiste.</translation>
    </message>
    <message>
        <source>Learn from your answers: see the best answer to each question, why, and what you picked.</source>
        <translation>Aprende de tus respuestas: mira la mejor respuesta a cada pregunta, por qué y lo que elegiste.</translation>
    </message>
    <message>
        <source>Review my answers</source>
        <translation>Repasar mis respuestas</translation>
    </message>
    <message>
        <source>Review my answers to the scenarios</source>
        <translation>Repasar mis respuestas a las situaciones</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Revisa tus respuestas</translation>
    </message>
    <message>
        <source>Your answers, those to look at again first</source>
        <translation>Tus respuestas, primero las que conviene revisar</translation>
    </message>
    <message>
        <source>Go to question</source>
        <translation>Ir a la pregunta</translation>
    </message>
    <message>
        <source>Go to the selected question</source>
        <translation>Ir a la pregunta elegida</translation>
    </message>
    <message>
        <source>← Back to the questions</source>
        <translation>← Volver a las preguntas</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Finish and see results</source>
        <translation>Terminar y ver resultados</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions; {open} unanswered, {flagged} flagged, listed first. Unanswered questions are left out of your scores. Select a question to go back to it, or finish now.</source>
        <translation>Has respondido {answered} de {total} preguntas; {open} sin responder y {flagged} marcadas, que aparecen primero. Las preguntas sin responder no cuentan en tus puntuaciones. Elige una pregunta para volver a ella, o termina ahora.</translation>
    </message>
    <message>
        <source>You answered all {total} questions. Your answers are below: select one to change it, or finish now.</source>
        <translation>Has respondido las {total} preguntas. Tus respuestas están debajo: elige una para cambiarla, o termina ahora.</translation>
    </message>
    <message>
        <source>Question {n}: {text}</source>
        <translation>Pregunta {n}: {text}</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Tu respuesta: {answer}</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>Question {n} ({notes}): {text}</source>
        <translation>Pregunta {n} ({notes}): {text}</translation>
    </message>
    <message>
        <source>best: {option}</source>
        <translation>la mejor: {option}</translation>
    </message>
    <message>
        <source>worst: {option}</source>
        <translation>la peor: {option}</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>ninguna de estas</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>{role}: {text}</source>
        <translation>{role}: {text}</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Choose a teacher password</source>
        <translation>Elige una contraseña del profesorado</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>La misma &amp;otra vez:</translation>
    </message>
    <message>
        <source>Class results hold other people&apos;s answers. Choose a password of at least {n} characters, so that no one else using this computer can open them. Keep it somewhere safe: it cannot be shown again.</source>
        <translation>Los resultados de la clase contienen respuestas de otras personas. Elige una contraseña de al menos {n} caracteres para que nadie más que use esta computadora pueda abrirlos. Guárdala en un lugar seguro: no se puede volver a mostrar.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters, without a space at its start or end.</source>
        <translation>Una contraseña tiene al menos {n} caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Las dos contraseñas no coinciden. Escríbelas de nuevo.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the facilitator PIN</source>
        <translation>Elige el PIN de coordinación</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>PIN nuevo (de 4 a 12 cifras)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>The PIN opens the facilitator panel (hold a top corner for 3 seconds, or press Ctrl+Alt+Shift+F).</source>
        <translation>El PIN abre el panel de coordinación (mantén pulsada una esquina de arriba 3 segundos, o pulsa Ctrl+Alt+Mayús+F).</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 cifras.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>Los dos PIN no coinciden. Escríbelos otra vez.</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Showing the last version that loaded; fix the problems below.</source>
        <translation>Se muestra la última versión que se cargó; corrige los problemas de abajo.</translation>
    </message>
</context>
<context>
    <name>StartOver</name>
    <message>
        <source>Start a new attempt?</source>
        <translation>¿Empezar un intento nuevo?</translation>
    </message>
    <message>
        <source>Your unfinished {what} has {n} answer(s). Resume it, or start a new attempt?</source>
        <translation>Tu intento sin terminar ({what}) tiene {n} respuesta(s). ¿Lo reanudas, o empiezas uno nuevo?</translation>
    </message>
    <message>
        <source>If you start a new one, the unfinished one stays in your history but can no longer be resumed.</source>
        <translation>Si empiezas uno nuevo, el que no terminaste se queda en tu historial, pero ya no se podrá reanudar.</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Reanudarlo</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Empezar uno nuevo</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>I’m still here: carry on</source>
        <translation>Sigo aquí: continuar</translation>
    </message>
    <message>
        <source>Starting over in {n} s. Your answers so far will be cleared.</source>
        <translation>Se vuelve a empezar en {n} s. Se borrarán tus respuestas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>Customer Service Director readiness</source>
        <translation>Preparación para dirigir el servicio al cliente</translation>
    </message>
    <message>
        <source>Readiness: {score}/100, {band}</source>
        <translation>Preparación: {score}/100, {band}</translation>
    </message>
    <message>
        <source>Readiness: not enough answers to score</source>
        <translation>Preparación: faltan respuestas para puntuar</translation>
    </message>
    <message>
        <source>These answers can&apos;t be read as a self-assessment: take it again another time.</source>
        <translation>Estas respuestas no se pueden leer como una autoevaluación: vuelve a hacerlo en otro momento.</translation>
    </message>
    <message>
        <source>Scores (0-100):</source>
        <translation>Puntuaciones (0-100):</translation>
    </message>
    <message>
        <source>Strongest:</source>
        <translation>Más fuerte:</translation>
    </message>
    <message>
        <source>To develop:</source>
        <translation>Para mejorar:</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <source>cs-quiz, {date}</source>
        <translation>cs-quiz, {date}</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{title} (version {version}) - {sections}</source>
        <translation>{title} (versión {version}) - {sections}</translation>
    </message>
    <message>
        <source>Answered {answered} of {total} questions.</source>
        <translation>Respondiste {answered} de {total} preguntas.</translation>
    </message>
    <message>
        <source>Scores: not given. These answers can&apos;t be read as a self-assessment:</source>
        <translation>Puntuaciones: no se dan. Estas respuestas no se pueden leer como una autoevaluación:</translation>
    </message>
    <message>
        <source>Readiness: not given. These answers can&apos;t be read as a self-assessment:</source>
        <translation>Preparación: sin resultado. Estas respuestas no se pueden leer como una autoevaluación:</translation>
    </message>
    <message>
        <source>Take it again when you have a quiet moment: read each statement and answer as you really are.</source>
        <translation>Vuelve a hacerla cuando tengas un momento tranquilo: lee cada frase y responde como eres de verdad.</translation>
    </message>
    <message>
        <source>Readiness: not enough answers to score yet.</source>
        <translation>Preparación: todavía no hay suficientes respuestas para calcularla.</translation>
    </message>
    <message>
        <source>Readiness: {score} / 100 - {band}</source>
        <translation>Preparación: {score} / 100 - {band}</translation>
    </message>
    <message>
        <source>Your scores alone would place you in “{band}”.</source>
        <translation>Solo por tus puntuaciones, estarías en «{band}».</translation>
    </message>
    <message>
        <source>Your overall score reaches “{band}”, but {names} is below the level this band needs.</source>
        <translation>Tu puntuación general llega a «{band}», pero {names} está por debajo del nivel que pide ese nivel.</translation>
    </message>
    <message>
        <source>Notes on the answers:</source>
        <translation>Notas sobre las respuestas:</translation>
    </message>
    <message>
        <source>Career stage: {stage}  -&gt;  next: {next}</source>
        <translation>Etapa profesional: {stage}  -&gt;  siguiente: {next}</translation>
    </message>
    <message>
        <source>Career stage: {stage}</source>
        <translation>Etapa profesional: {stage}</translation>
    </message>
    <message>
        <source>Strengths: {areas}</source>
        <translation>Fortalezas: {areas}</translation>
    </message>
    <message>
        <source>Biggest gaps: {areas}</source>
        <translation>Áreas más débiles: {areas}</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>Certifications:</source>
        <translation>Certificaciones:</translation>
    </message>
    <message>
        <source>Associations:</source>
        <translation>Asociaciones:</translation>
    </message>
    <message>
        <source>This is for learning and reflection, not a hiring test.</source>
        <translation>Esto es para aprender y reflexionar, no una prueba de selección.</translation>
    </message>
    <message>
        <source>This is a self-assessment for exploring and planning your development, not a hiring test.</source>
        <translation>Esta es una autoevaluación para explorar y planear tu desarrollo, no una prueba de selección.</translation>
    </message>
    <message>
        <source>Scores (the sum of your answers; in brackets, as 0-100):</source>
        <translation>Puntuaciones (la suma de tus respuestas; entre paréntesis, de 0 a 100):</translation>
    </message>
    <message>
        <source>Areas (0-100):</source>
        <translation>Áreas (0-100):</translation>
    </message>
    <message>
        <source>sum {sum} ({low}-{high})</source>
        <translation>suma {sum} ({low}-{high})</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>faltan respuestas</translation>
    </message>
    <message>
        <source>({count} not yet)</source>
        <translation>({count} todavía no)</translation>
    </message>
    <message>
        <source>({count} left blank, counted as the lowest answer)</source>
        <translation>({count} sin responder, contadas como la respuesta más baja)</translation>
    </message>
    <message>
        <source>(indicative: 1 answer only)</source>
        <translation>(orientativo: solo 1 respuesta)</translation>
    </message>
    <message>
        <source>(indicative: {count} answers only)</source>
        <translation>(orientativo: solo {count} respuestas)</translation>
    </message>
    <message>
        <source>In your own words:</source>
        <translation>Con tus propias palabras:</translation>
    </message>
    <message>
        <source>practise now</source>
        <translation>practica ya</translation>
    </message>
    <message>
        <source>take on</source>
        <translation>asume</translation>
    </message>
    <message>
        <source>learn</source>
        <translation>aprende</translation>
    </message>
    <message>
        <source>What to work on, for the gaps above:</source>
        <translation>Qué trabajar, para las áreas débiles de arriba:</translation>
    </message>
    <message>
        <source>What it asks for: {text}</source>
        <translation>Qué pide: {text}</translation>
    </message>
    <message>
        <source>Your answers meet this.</source>
        <translation>Tus respuestas cumplen esto.</translation>
    </message>
    <message>
        <source>Your answers do not meet this yet.</source>
        <translation>Tus respuestas todavía no cumplen esto.</translation>
    </message>
    <message>
        <source>Check with the issuer whether you qualify.</source>
        <translation>Consulta con quien la otorga si cumples los requisitos.</translation>
    </message>
    <message>
        <source>Because {reasons}.</source>
        <translation>Porque {reasons}.</translation>
    </message>
    <message>
        <source>The kind of director role that fits you best:</source>
        <translation>El tipo de puesto de dirección que mejor te queda:</translation>
    </message>
    <message>
        <source>{count} kinds of director role fit you about equally:</source>
        <translation>{count} tipos de puesto de dirección te quedan más o menos igual de bien:</translation>
    </message>
    <message>
        <source>fit {fit} of 100</source>
        <translation>ajuste {fit} de 100</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Readiness over time</source>
        <translation>Tu preparación a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Your answers are not saved</source>
        <translation>Tus respuestas no están guardadas</translation>
    </message>
    <message>
        <source>Your answers could not be saved in the results folder, so they will be lost when cs-quiz closes. Save them to a file first? You can score it later with cs-quiz score.</source>
        <translation>No se pudieron guardar tus respuestas en la carpeta de resultados, así que se perderán al cerrar cs-quiz. ¿Quieres guardarlas antes en un archivo? Después puedes calcular tu resultado con cs-quiz score.</translation>
    </message>
    <message>
        <source>Save answers…</source>
        <translation>Guardar respuestas…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <source>Save your answers</source>
        <translation>Guardar tus respuestas</translation>
    </message>
    <message>
        <source>Answers (*.json)</source>
        <translation>Respuestas (*.json)</translation>
    </message>
    <message>
        <source>Saving your answers</source>
        <translation>Guardando tus respuestas</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>La guía de uso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Cerrar la guía de uso</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>How ready are you to become a Customer Service Director?</source>
        <translation>¿Cuánto te falta para ser director o directora de servicio al cliente?</translation>
    </message>
    <message>
        <source>Loading question banks…</source>
        <translation>Cargando los bancos de preguntas…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Resume the unfinished attempt</source>
        <translation>Continuar el intento sin terminar</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Discard the unfinished attempt</source>
        <translation>Descartar el intento sin terminar</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>&amp;Question bank:</source>
        <translation>&amp;Banco de preguntas:</translation>
    </message>
    <message>
        <source>optional — keeps your history together</source>
        <translation>opcional — mantiene junto tu historial</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Apodo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>A&amp;podo:</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Open your history of past attempts</source>
        <translation>Abrir el historial de tus intentos anteriores</translation>
    </message>
    <message>
        <source>A self-assessment for exploring and planning your development. Everything you answer stays on this computer.</source>
        <translation>Una autoevaluación para explorar y planear cómo crecer. Todo lo que respondas se queda en esta computadora.</translation>
    </message>
    <message>
        <source>No question bank is available.</source>
        <translation>No hay ningún banco de preguntas disponible.</translation>
    </message>
    <message>
        <source>{title} · version {version}</source>
        <translation>{title} · versión {version}</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Empezar: {title}</translation>
    </message>
    <message numerus="yes">
        <source>About {minutes} min · %n question(s)</source>
        <translation>
            <numerusform>Unos {minutes} min · %n pregunta</numerusform>
            <numerusform>Unos {minutes} min · %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unfinished {what} from {when} is open in another cs-quiz window on this computer. Carry on there, or close that window to resume it here.</source>
        <translation>Tu intento sin terminar ({what}) del {when} está abierto en otra ventana de cs-quiz en esta computadora. Continúa allí, o cierra esa ventana para reanudarlo aquí.</translation>
    </message>
    <message>
        <source>You have an unfinished {what} from {when}: {n} answer(s) so far. Resume where you left off?</source>
        <translation>Tienes un intento sin terminar ({what}) del {when}: llevas {n} respuesta(s). ¿Sigues donde lo dejaste?</translation>
    </message>
    <message>
        <source>“{title}” is not available in your language yet, so its questions are in English.</source>
        <translation>“{title}” todavía no está en español, así que sus preguntas salen en inglés.</translation>
    </message>
    <message>
        <source>“{title}” is not available in your language yet, so its questions are in {language}.</source>
        <translation>“{title}” todavía no está en español, así que sus preguntas salen en {language}.</translation>
    </message>
    <message>
        <source>I am taking this in a class or &amp;workshop</source>
        <translation>Lo hago en una clase o un &amp;taller</translation>
    </message>
    <message>
        <source>Shows fields for a participant code and the name of the class or workshop, both optional.</source>
        <translation>Muestra campos para un código de participante y el nombre de la clase o el taller, ambos opcionales.</translation>
    </message>
    <message>
        <source>Participant co&amp;de:</source>
        <translation>Có&amp;digo de participante:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Participant code (optional)</source>
        <translation>Código de participante (opcional)</translation>
    </message>
    <message>
        <source>Given by your teacher or workshop, or one you make up. Never your name: it pairs this attempt with your next one.</source>
        <translation>Te lo da tu profesor/a o el taller, o lo inventas tú. Nunca tu nombre: empareja este intento con el siguiente.</translation>
    </message>
    <message>
        <source>&amp;Class or workshop:</source>
        <translation>&amp;Clase o taller:</translation>
    </message>
    <message>
        <source>Class or workshop (optional)</source>
        <translation>Clase o taller (opcional)</translation>
    </message>
    <message>
        <source>Show where I &amp;stand in this class</source>
        <translation>Mostrar mi &amp;posición en esta clase</translation>
    </message>
    <message>
        <source>Your results then say how your readiness compares, once 20 others in the class have finished.</source>
        <translation>Tus resultados dirán entonces cómo se compara tu preparación, cuando otras 20 personas de la clase hayan terminado.</translation>
    </message>
    <message>
        <source>&amp;Remember my details on this computer</source>
        <translation>&amp;Recordar mis datos en esta computadora</translation>
    </message>
    <message>
        <source>Your nickname, participant code and class are filled in next time. Leave it off on a shared computer.</source>
        <translation>Tu apodo, código de participante y clase se rellenarán la próxima vez. Déjalo desactivado en una computadora compartida.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app and of the questions</source>
        <translation>El idioma de la aplicación y de las preguntas</translation>
    </message>
</context>
<context>
    <name>_KeypadDialog</name>
    <message>
        <source>Digit {d}</source>
        <translation>Cifra {d}</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Confirmar el PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Cancelar y volver</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Some question banks could not be loaded</source>
        <translation>No se pudieron cargar algunos bancos de preguntas</translation>
    </message>
    <message>
        <source>{files} question bank file(s) have problems and were skipped. The other banks work.</source>
        <translation>{files} archivo(s) de bancos de preguntas tienen problemas y se han saltado. Los demás bancos funcionan.</translation>
    </message>
    <message>
        <source>No question bank could be loaded. Fix the problems below and start cs-quiz again.</source>
        <translation>No se pudo cargar ningún banco de preguntas. Arregla los problemas de abajo y vuelve a abrir cs-quiz.</translation>
    </message>
    <message>
        <source>(and {n} more in this file)</source>
        <translation>(y {n} más en este archivo)</translation>
    </message>
    <message>
        <source>… and {n} more files (see Show Details).</source>
        <translation>… y {n} archivos más (mira en «Mostrar detalles»).</translation>
    </message>
    <message>
        <source>cs-quiz is not allowed to write to {path}. Choose another folder.</source>
        <translation>cs-quiz no tiene permiso para escribir en {path}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The system reported: {why} ({path}).</source>
        <translation>El sistema dice: {why} ({path}).</translation>
    </message>
    <message>
        <source>The system reported: {why}.</source>
        <translation>El sistema dice: {why}.</translation>
    </message>
    <message>
        <source>cs-quiz is not allowed to write there. Choose another folder.</source>
        <translation>cs-quiz no tiene permiso para escribir ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Something went wrong: {why}</source>
        <translation>Algo ha fallado: {why}</translation>
    </message>
</context>
</TS>
