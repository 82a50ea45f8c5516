; The Windows installer (NSIS), made by build.sh: makensis -DVERSION=... -DBUNDLE=<PyInstaller
; folder> -DOUTFILE=... -DICON=app.ico installer.nsi
;
; Per machine into Program Files (needs an administrator, as an agency's deployment tool is),
; a Start-menu entry with the app's icon, an uninstaller listed in Settings > Apps. A silent
; install is `ProgramFinder-<version>-x64-setup.exe /S` (optionally /D=C:\Other\Folder last);
; a silent removal `"C:\Program Files\Program Finder\uninstall.exe" /S`.
;
; The uninstaller removes the program only. Each user's directory, shortlists and answers live
; in their own %LOCALAPPDATA%\finder\ (docs/bundle.md), which no installer step touches.

Unicode true
!ifndef TARGET
  !define TARGET amd64-unicode  ; the 64-bit stub (Wine 64-bit runs no other; Debian's nsis has it)
!endif
Target ${TARGET}                ; x86-unicode where a Windows NSIS lacks the 64-bit stubs
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!include "MUI2.nsh"
!include "x64.nsh"

!define APPNAME "Program Finder"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ProgramFinder"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APPNAME} ${VERSION} installer"
VIAddVersionKey "CompanyName" "Program Finder contributors"
VIAddVersionKey "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPNAME}.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APPNAME}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Program Finder" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's libraries go first, so none is left beside the new ones.
  IfFileExists "$INSTDIR\uninstall.exe" 0 +2
    RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${APPNAME}.exe" "" "$INSTDIR\${APPNAME}.exe" 0 \
    SW_SHOWNORMAL "" "Find, vet and compare behavioral-health programs"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "Program Finder contributors"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APPNAME}.exe,0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; The program folder only: what PyInstaller put there and the uninstaller itself.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\program-finder.exe"
  Delete "$INSTDIR\${APPNAME}.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
