<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Handout</name>
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
        <source>Distance</source>
        <translation>Distancia</translation>
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
        <source>Eating disorders</source>
        <translation>Trastornos de la alimentación</translation>
    </message>
    <message>
        <source>A program for teens</source>
        <translation>Un programa para adolescentes</translation>
    </message>
    <message>
        <source>Intensive outpatient (IOP): several sessions a week, living at home</source>
        <translation>Programa intensivo ambulatorio (IOP): varias sesiones por semana, viviendo en casa</translation>
    </message>
    <message>
        <source>Day treatment (PHP): most of the day, on most weekdays</source>
        <translation>Tratamiento de día (PHP): casi todo el día, la mayoría de los días entre semana</translation>
    </message>
    <message>
        <source>Regular outpatient visits, often once or twice a week</source>
        <translation>Consultas ambulatorias regulares, a menudo una o dos veces por semana</translation>
    </message>
    <message>
        <source>Residential: living at the treatment center for a time</source>
        <translation>Residencial: vivir en el centro de tratamiento por un tiempo</translation>
    </message>
    <message>
        <source>Inpatient: a stay in a hospital</source>
        <translation>Hospitalización: quedarse en un hospital</translation>
    </message>
    <message>
        <source>Detox: medical care to stop alcohol or drugs safely</source>
        <translation>Desintoxicación: atención médica para dejar el alcohol o las drogas sin peligro</translation>
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
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>lengua de señas</translation>
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
</TS>
