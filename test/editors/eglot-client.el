;;; eglot-client.el --- Emacs 28 + eglot as a real LSP client of the language server  -*- lexical-binding: t -*-
;;
;; Visits each file in LSP_FILES (separated by "|"), starts the server with eglot for the first
;; and lets eglot manage the others as it does for any buffer of the same project and mode, then
;; waits until textDocument/publishDiagnostics has arrived for every file. It only gathers:
;; test/editors/compare.mjs judges. Writes one JSON object to LSP_OUT.
;;
;;   LSP_CMD='node dist/server.js --stdio' LSP_FILES='/t/a.md|/t/b.md' LSP_OUT=/t/out.json \
;;   [LSP_TIMEOUT_MS=15000] emacs --batch -Q -l test/editors/eglot-client.el
;;
;; Exit codes: 0 gathered, 2 timeout, 4 usage or start failure.

(require 'package)
;; -Q leaves package-directory-list empty: point it at Debian's elpa-* packages (elpa-eglot and its deps).
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa" "/usr/share/emacs/site-lisp/elpa-src"))
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)
(setq backtrace-on-error-noninteractive nil)
(setq eglot-sync-connect t eglot-autoshutdown t eglot-events-buffer-size 0)

(defvar eglot-client--out (getenv "LSP_OUT"))
(defvar eglot-client--received (make-hash-table :test #'equal) "file path -> list of diagnostics vectors, newest first")

(defun eglot-client--finish (obj code)
  (let ((text (concat (json-encode (cons `(ok . ,(if (= code 0) t :json-false)) obj)) "\n")))
    (if eglot-client--out
        (let ((coding-system-for-write 'utf-8)) (write-region text nil eglot-client--out nil 'silent))
      (princ text)))
  (kill-emacs code))

;; Record every publication before eglot handles it (eglot hands them on to Flymake).
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (let ((path (file-truename (eglot--uri-to-path uri))))
    (puthash path (cons diagnostics (gethash path eglot-client--received)) eglot-client--received)))

(let* ((cmd (getenv "LSP_CMD"))
       (files (and (getenv "LSP_FILES") (split-string (getenv "LSP_FILES") "|" t)))
       (timeout (/ (string-to-number (or (getenv "LSP_TIMEOUT_MS") "15000")) 1000.0))
       (start (float-time)))
  (setq eglot-connect-timeout (max 1 (ceiling timeout)))
  (unless (and cmd files eglot-client--out)
    (eglot-client--finish '((error . "set LSP_CMD, LSP_FILES and LSP_OUT")) 4))
  ;; A minimal markdown-mode (markdown-mode is not built in); eglot sends languageId "markdown".
  (define-derived-mode markdown-mode text-mode "Markdown")
  (add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
  (let* ((paths (mapcar (lambda (f) (file-truename (expand-file-name f))) files))
         (first (find-file-noselect (car paths)))
         (contact (split-string cmd " " t))
         buffers)
    (with-current-buffer first
      (condition-case err
          (eglot '(markdown-mode) (cons 'transient (file-name-directory (car paths))) 'eglot-lsp-server contact "markdown")
        (error (eglot-client--finish `((error . ,(format "eglot could not start the server: %S" err)))
                                     (if (string-match-p "Timed out" (format "%S" err)) 2 4)))))
    ;; The other files: eglot's own hook takes them into the running server (same project, same mode).
    (setq buffers (cons first (mapcar #'find-file-noselect (cdr paths))))
    (while (and (cl-some (lambda (p) (null (gethash p eglot-client--received))) paths)
                (< (- (float-time) start) timeout))
      (accept-process-output nil 0.02))
    ;; Flymake starts its backends when Emacs is idle, which a batch session never is: start it
    ;; now, as an interactive session would, so eglot hands over what it holds.
    (dolist (buf buffers)
      (with-current-buffer buf (when (bound-and-true-p flymake-mode) (flymake-start))))
    (let* ((ms (round (* 1000 (- (float-time) start))))
           (missing (cl-remove-if (lambda (p) (gethash p eglot-client--received)) paths))
           (file-results
            (cl-mapcar
             (lambda (path buf)
               (let ((all (gethash path eglot-client--received)))
                 (cons path
                       `((managed . ,(if (buffer-local-value 'eglot--managed-mode buf) t :json-false))
                         (publications . ,(length all))
                         ;; What eglot handed on to Flymake, the part of Emacs that shows them.
                         (flymake_count . ,(length (with-current-buffer buf (flymake-diagnostics))))
                         (latest_count . ,(length (car all)))
                         ;; The first publication after opening: what a user sees.
                         (diagnostics . ,(if all (car (last all)) :json-false))))))
             paths buffers))
           (server (with-current-buffer first (eglot-current-server))))
      (when server (ignore-errors (eglot-shutdown server)))
      (eglot-client--finish
       `((emacs . ,emacs-version)
         (eglot . ,(or (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))) :json-false))
         (ms_to_diagnostics . ,ms)
         (files . ,file-results)
         ,@(when missing `((error . ,(format "no diagnostics within %ss for %s" timeout (string-join missing ", "))))))
       (if missing 2 0)))))
