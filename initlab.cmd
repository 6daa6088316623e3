@echo off
rem The initlab launcher for Windows, the same as ./initlab: builds target\initlab.jar when it is missing or older
rem than the sources (mvn -B -q -DskipTests package), then runs it.
rem   initlab --help                     every verb
rem   set INITLAB_CLASSPATH=mine         adds your own classes (initializers, activations); ; separates entries
rem   set INITLAB_JAVA_OPTS=-Xmx1g       JVM options
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%target\initlab.jar"
if not exist "%JAR%" goto build
rem stale when pom.xml or a file under src\main or lessons is newer than the jar (PowerShell ships with Windows 10+)
powershell -NoProfile -ExecutionPolicy Bypass -Command "$built = (Get-Item -LiteralPath $env:JAR).LastWriteTime; $newer = Get-ChildItem -LiteralPath (Join-Path $env:ROOT 'pom.xml'), (Join-Path $env:ROOT 'src\main'), (Join-Path $env:ROOT 'lessons') -Recurse -File | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1; if ($newer) { exit 1 }"
if errorlevel 1 goto build
goto run

:build
echo initlab: building %JAR% ^(first run, or the sources changed^) ... 1>&2
pushd "%ROOT%"
call mvn -B -q -DskipTests package 1>&2
if errorlevel 1 goto buildfailed
popd
goto run

:buildfailed
popd
echo initlab: the build failed ^(see above^) 1>&2
exit /b 1

:run
set "CLASSPATH_ALL=%JAR%"
if defined INITLAB_CLASSPATH set "CLASSPATH_ALL=%JAR%;%INITLAB_CLASSPATH%"
java --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true %INITLAB_JAVA_OPTS% -cp "%CLASSPATH_ALL%" org.initlab.app.Initlab %*
exit /b %ERRORLEVEL%
